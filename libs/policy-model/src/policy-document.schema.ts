import { z } from 'zod';
import { isBodyCatalogueKey } from './body-catalogue';

/**
 * The schema of a policy document: the whole regulation of one jurisdiction at one version, as data.
 * Objects are strict so that a misspelt key is reported at its line instead of silently ignored.
 */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '标识只能包含小写字母、数字和连字符，例如 crypto-review');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const decimal = z.string().regex(/^\d+(\.\d+)?$/, '金额应写成带引号的十进制数字，例如 "50"');

export const citationSchema = z.strictObject({
  article: z.number().int().positive().optional(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
  appendix: z.number().int().positive().optional(),
  quote: z.string().optional(),
});

export const comparisonSchema = z.enum(['lt', 'lte', 'gt', 'gte']);

export const thresholdSchema = z.strictObject({
  fact: z.string(),
  /** 以下/以上/不超过 include the amount (lte/gte); 不含/超过/不满 exclude it (lt/gt). */
  comparison: comparisonSchema,
  amount: decimal,
  unit: z.enum(['元', '万元']),
  /** The ambiguity setting this comparison depends on, if any (e.g. A1). */
  setting: z.string().optional(),
});

export const conditionSchema = z.union([
  z.strictObject({ threshold: thresholdSchema }),
  z.strictObject({ cel: z.string().min(1), description: z.string().optional() }),
]);

export const deadlineSchema = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['workingDays', 'calendarDays', 'months']),
  /** The event the period counts from; the day of the event itself does not count. */
  from: z.string(),
  /** 原则上: breaching it is a warning with the article, not a refusal. */
  soft: z.boolean().default(false),
});

export const bodySchema = z.strictObject({
  id,
  name: z.string().min(1),
  catalogueKey: z.string().refine(isBodyCatalogueKey, '不在审查机构目录中（见 body-catalogue.ts）'),
  cite: citationSchema,
});

export const factSchema = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, '事实键应为小驼峰英文，例如 involvesCryptography'),
  /** Local facts declare their type and label; canonical facts take them from the catalogue. */
  type: z.enum(['money', 'boolean', 'enum', 'integer', 'date', 'string']).optional(),
  label: z.string().optional(),
  options: z.array(z.strictObject({ value: z.string(), label: z.string() })).optional(),
  cite: citationSchema.optional(),
  /** The reading of the regulation this fact encodes (e.g. A7: 涉及密码应用 is an explicit fact). */
  setting: z.string().optional(),
});

export const settingSchema = z.strictObject({
  id: z.string().regex(/^A\d+$/, '歧义设置的编号形如 A1'),
  question: z.string().min(1),
  cite: citationSchema,
  alternatives: z.array(z.strictObject({ value: z.string(), label: z.string() })).min(2),
  reading: z.string(),
  why: z.string().min(1),
});

export const trackSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  /** The first track whose condition holds is chosen; a track without a condition is the fallback. */
  when: conditionSchema.optional(),
});

export const attachmentSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  tracks: z.array(id).optional(),
  when: conditionSchema.optional(),
  form: id.optional(),
});

export const stepSchema = z.strictObject({
  id,
  name: z.string().min(1),
  body: id,
  cite: citationSchema,
  tracks: z.array(id).optional(),
  when: conditionSchema.optional(),
  /** Steps that must be done before this one starts; steps with the same predecessors run in parallel. */
  after: z.array(id).default([]),
  deadline: deadlineSchema.optional(),
  /** An event that completes this step (e.g. the applicant's own steps are done when the application is submitted). */
  doneOn: z.string().optional(),
  form: id.optional(),
});

export const stageSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema.optional(),
  steps: z.array(stepSchema).min(1),
  attachments: z.array(attachmentSchema).default([]),
});

export const formSchema = z.strictObject({
  id,
  title: z.string().min(1),
  cite: citationSchema,
  /** Formily JSON Schema. Fields bound to facts carry `x-fact`. */
  schema: z.record(z.string(), z.unknown()),
});

export const policyStatusSchema = z.enum([
  'consultation-draft',
  'trial',
  'interim',
  'in-force',
  'expired',
  'repealed',
]);

export const policyDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id,
  jurisdiction: z.strictObject({
    code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260）'),
    name: z.string().min(1),
    level: z.enum(['province', 'city', 'county']),
    parent: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: z.string() }).optional(),
  }),
  title: z.string().min(1),
  versionLabel: z.string().min(1),
  documentNumber: z.string().optional(),
  issuer: z.string().min(1),
  status: policyStatusSchema,
  effective: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }).default({}),
  repeals: z.array(z.strictObject({ title: z.string(), documentNumber: z.string().optional() })).default([]),
  source: z.strictObject({ file: z.string(), title: z.string() }),
  bodies: z.array(bodySchema).min(1),
  facts: z.array(factSchema).default([]),
  settings: z.array(settingSchema).default([]),
  tracks: z.array(trackSchema).min(1),
  stages: z.array(stageSchema).min(1),
  forms: z.array(formSchema).default([]),
});

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyStatus = z.infer<typeof policyStatusSchema>;
export type PolicyBody = z.infer<typeof bodySchema>;
export type PolicyFact = z.infer<typeof factSchema>;
export type PolicySetting = z.infer<typeof settingSchema>;
export type PolicyTrack = z.infer<typeof trackSchema>;
export type PolicyStage = z.infer<typeof stageSchema>;
export type PolicyStep = z.infer<typeof stepSchema>;
export type PolicyAttachment = z.infer<typeof attachmentSchema>;
export type PolicyForm = z.infer<typeof formSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
