import { z } from 'zod';

/**
 * How a form prints as the regulation's paper table (its 附表): what the Formily schema does not say. It only
 * arranges the schema's fields, named by their property names: a field it does not mention still prints, on a row
 * of its own. Every key is optional; a key left out (or a form without `print`) takes the default layout: each
 * section a full-width heading row, a row per field, the applicant's seal and signature block at the end, lists
 * with 3 blank rows. The descriptions are shown to policy admins by their editor (through the JSON Schema), so
 * they are in Chinese.
 */
const text = z.string().min(1);
/** A property name in the form's schema (checked by checkFormPrint, not here). */
const fieldName = z.string().min(1);
const lines = z.number().int().min(1).max(20);

export const printSectionSchema = z
  .strictObject({
    style: z
      .enum(['row', 'plain', 'merged', 'heading'])
      .describe('row：整行写节名，其下为各字段（默认）；plain：纸面不写节名，字段直接成行；merged：左侧一列写节名并纵向合并（例如“资金安排计划”）；heading：节名作为标题印在表格之上，节内的清单各成一表'),
    labelSpan: z.number().int().min(1).max(12).optional().describe('merged 时左侧节名列占全表 24 列中的几列，默认 1'),
  })
  .refine((section) => section.labelSpan === undefined || section.style === 'merged', { message: 'labelSpan 只用于 style: merged', path: ['labelSpan'] })
  .describe('一节（schema 中 type: void 的分节）在纸面上的印法');

export const printOpinionSchema = z
  .strictObject({
    signer: fieldName.optional().describe('填写签名人的字段（印在 signerLabel 之后，不再单独成行）'),
    signerLabel: text.optional().describe('签名人前的文字，例如“项目负责人：”'),
    dateLabel: text.optional().describe('日期空格前的文字，例如“日期：”；不写则不印日期'),
    lines: lines.optional().describe('意见正文预留的行数，默认按字段的 rows'),
  })
  .describe('把一个长文本字段印成整行的意见栏：“标题：”、正文，其下签名和日期');

export const printSignatureBlockSchema = z
  .strictObject({
    title: text.describe('栏目标题，例如“申请单位意见及盖章：”'),
    signerLabel: text.describe('签字处的文字，例如“主要领导签字：”'),
    dateLabel: text.optional().describe('日期空格前的文字；日期空格总会印出'),
    withApplicant: z.boolean().optional().describe('标题后印申请单位名称（申请单位（盖章）：某某局），默认否'),
    lines: lines.optional().describe('预留的行数，默认 2'),
  })
  .describe('纸面有而 schema 没有的盖章签字栏');

export const printSealPartySchema = z
  .strictObject({
    seal: text.describe('盖章处，例如“建设单位（盖章）：”'),
    signer: text.describe('签名处，例如“项目负责人（签名）：”'),
    date: text.describe('日期处，例如“日　　期：”'),
  })
  .describe('清单下方盖章签名的一方（一列）');

export const printListSchema = z
  .strictObject({
    minRows: z.number().int().min(0).max(50).optional().describe('清单至少印几行：已填的行不足时补足空行，默认取 defaultMinRows'),
    totals: z.array(fieldName).min(1).optional().describe('在“合计”行求和的列（清单中字段的属性名）'),
    seals: z.array(printSealPartySchema).min(1).optional().describe('清单下方的盖章签名栏，各方并排'),
    note: text.optional().describe('清单下方的注'),
  })
  .describe('一个清单（schema 中 type: array 的字段）的印法');

export const formPrintSchema = z
  .strictObject({
    sealLine: z
      .strictObject({
        label: text.describe('例如“申请单位（盖章）：”'),
        field: fieldName.optional().describe('盖章处填写的字段；为空时填申请单位'),
        dateField: fieldName.optional().describe('印在盖章行右侧的日期字段'),
        replacesRows: z.boolean().optional().describe('field、dateField 只印在盖章行、不再在表内成行，默认否'),
      })
      .optional()
      .describe('表格上方的盖章行；不写则没有'),
    sections: z.record(fieldName, printSectionSchema).optional().describe('各节的印法，按节的属性名；未列出的节按 defaultSection'),
    defaultSection: printSectionSchema.optional().describe('未在 sections 中列出的节的印法，默认 { style: row }'),
    rows: z
      .array(z.array(fieldName.nullable()).min(1))
      .optional()
      .describe('同一行并排印的字段，每项一行，例如 [plannedStart, totalInvestment]；null 表示纸面留空的一对格子'),
    stacks: z
      .record(fieldName, z.array(fieldName).min(1))
      .optional()
      .describe('一个字段的标题和值纵向合并，跨在所列字段的各行左侧，例如 totalInvestment: [hardware, systemSoftware]'),
    hideTitles: z.array(fieldName).optional().describe('纸面不印标题的分组或清单（合并的节名已经写明）'),
    opinions: z.record(fieldName, printOpinionSchema).optional().describe('印成意见栏的字段，按字段的属性名'),
    signatures: z
      .strictObject({
        before: fieldName.optional().describe('盖章签字栏印在这一节之前；不写则印在表末'),
        blocks: z.array(printSignatureBlockSchema).optional().describe('各盖章签字栏；[] 表示没有；不写则为申请单位的盖章、负责人签字和日期'),
      })
      .optional()
      .describe('表内的盖章签字栏'),
    notesAfter: z.record(fieldName, text).optional().describe('印在某节之后的注，按节的属性名，例如 basic: 注：……'),
    lists: z.record(fieldName, printListSchema).optional().describe('各清单的印法，按清单的属性名'),
    defaultMinRows: z.number().int().min(0).max(50).optional().describe('清单默认至少印几行，默认 3'),
  })
  .describe('表单在 A4 纸上的版式（依办法附表的原样）：只安排 schema 中的字段，未提到的字段各占一行；各项均可不写，不写按默认版式');

export type FormPrint = z.infer<typeof formPrintSchema>;
export type PrintSection = z.infer<typeof printSectionSchema>;
export type PrintOpinion = z.infer<typeof printOpinionSchema>;
export type PrintSignatureBlock = z.infer<typeof printSignatureBlockSchema>;
export type PrintSealParty = z.infer<typeof printSealPartySchema>;
export type PrintList = z.infer<typeof printListSchema>;
