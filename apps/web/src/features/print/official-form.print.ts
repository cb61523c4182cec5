import type { FormPrint, PrintSealParty, PrintSection } from '@banfa/policy-model';

/**
 * What the schema does not say about a form's paper layout comes from the policy document: each form's `print`
 * (libs/policy-model form-print.schema.ts), written from the regulation's own appendix table. Here only the
 * generic default, which is no regulation's: named sections, a row per field, the applicant's seal and signature
 * block at the end, lists with 3 blank rows. A key `print` leaves out takes the default's value. The layout only
 * arranges the schema's fields: a field it does not mention still prints (a row of its own), and a name the schema
 * no longer has is ignored (`banfa policy validate` reports it).
 */

export type SectionStyle =
  /** A full-width row naming the section. */
  | { style: 'row' }
  /** Not named on paper: its fields are simply rows of the grid. */
  | { style: 'plain' }
  /** A label column on the left, merged over the section's rows. labelSpan: of the 24 grid columns. */
  | { style: 'merged'; labelSpan: number }
  /** A heading above the section's own table; lists become tables of their own. */
  | { style: 'heading' };

export type SealParty = PrintSealParty;
type Print = Required<FormPrint>;

/** A form's `print` with every key resolved: the defaults filled in, section styles complete. */
export interface OfficialFormHints {
  sealLine: (Print['sealLine'] & { replacesRows: boolean }) | null;
  sections: Record<string, SectionStyle>;
  defaultSection: SectionStyle;
  rows: Print['rows'];
  stacks: Print['stacks'];
  hideTitles: Print['hideTitles'];
  opinions: Print['opinions'];
  signatures: { before?: string; blocks: NonNullable<Print['signatures']['blocks']> };
  notesAfter: Print['notesAfter'];
  lists: Print['lists'];
  defaultMinRows: number;
}

/** Any form whose policy gives no `print`: named sections, a row per field, the applicant's seal and signature at the end. */
export const DEFAULT_HINTS: OfficialFormHints = {
  sealLine: null,
  sections: {},
  defaultSection: { style: 'row' },
  rows: [],
  stacks: {},
  hideTitles: [],
  opinions: {},
  signatures: { blocks: [{ title: '申请单位（盖章）：', signerLabel: '负责人（签字）：', dateLabel: '日期：', withApplicant: true, lines: 2 }] },
  notesAfter: {},
  lists: {},
  defaultMinRows: 3,
};

function sectionStyle(section: PrintSection): SectionStyle {
  return section.style === 'merged' ? { style: 'merged', labelSpan: section.labelSpan ?? 1 } : { style: section.style };
}

/** The layout a form prints with: its `print`, each key it leaves out taken from DEFAULT_HINTS. */
export function hintsFor(form: { print?: FormPrint | undefined }): OfficialFormHints {
  const print = form.print;
  if (!print) return DEFAULT_HINTS;
  return {
    sealLine: print.sealLine ? { ...print.sealLine, replacesRows: print.sealLine.replacesRows ?? false } : DEFAULT_HINTS.sealLine,
    sections: print.sections ? Object.fromEntries(Object.entries(print.sections).map(([key, section]) => [key, sectionStyle(section)])) : DEFAULT_HINTS.sections,
    defaultSection: print.defaultSection ? sectionStyle(print.defaultSection) : DEFAULT_HINTS.defaultSection,
    rows: print.rows ?? DEFAULT_HINTS.rows,
    stacks: print.stacks ?? DEFAULT_HINTS.stacks,
    hideTitles: print.hideTitles ?? DEFAULT_HINTS.hideTitles,
    opinions: print.opinions ?? DEFAULT_HINTS.opinions,
    signatures: {
      ...(print.signatures?.before !== undefined ? { before: print.signatures.before } : {}),
      blocks: print.signatures?.blocks ?? DEFAULT_HINTS.signatures.blocks,
    },
    notesAfter: print.notesAfter ?? DEFAULT_HINTS.notesAfter,
    lists: print.lists ?? DEFAULT_HINTS.lists,
    defaultMinRows: print.defaultMinRows ?? DEFAULT_HINTS.defaultMinRows,
  };
}
