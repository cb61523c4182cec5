import type { Citation, Comparison, Deadline, MoneyUnit } from '@banfa/policy-model';
import type { ColumnHeader } from './column.types';

/** The phases stages are grouped into, so that stages named differently can be compared: 立项, 实施, 验收. */
export type Phase = 'initiation' | 'implementation' | 'acceptance';

/**
 * A value read out of a document, structured (for machines and for ranking) beside its Chinese text.
 * Money stays a decimal string in its unit (exact); ratios stay decimal strings ("0.10").
 */
export type EntryValue =
  /** A money threshold: `fact comparison amount unit`. */
  | { kind: 'threshold'; fact: string; factLabel: string; comparison: Comparison; amount: string; unit: MoneyUnit; setting?: string; derived?: boolean }
  /** A period or window (12至24个月) counted from an event. */
  | { kind: 'period'; amount: number; earliest?: number; unit: Deadline['unit']; from: string; soft: boolean }
  /** A step the regulation sets no period for. */
  | { kind: 'no-deadline' }
  /** A recurring report, every N months. */
  | { kind: 'every'; months: number; from?: string; until?: string }
  /** A change limit as a share of a base amount. */
  | { kind: 'ratio'; ratio: string; percent: string; comparison: Comparison; base: string; baseLabel: string; soft: boolean }
  /** A change limit on the number of changes. */
  | { kind: 'count'; max: number; soft: boolean }
  /** A named amount (a fact): the base of a limit, a total that may not be exceeded or increased. */
  | { kind: 'fact'; key: string; label: string; soft?: boolean }
  /** A requirement that applies to every project (of the tracks named). */
  | { kind: 'always' }
  /** A requirement under a condition that is not an amount. */
  | { kind: 'condition'; text: string }
  /** A review body, an attachment, or another element identified by its id. */
  | { kind: 'element'; id: string; catalogueKey?: string }
  /** Plain text (a status, a period of validity, a list of bodies). */
  | { kind: 'text'; text: string };

/** One element of a document in a cell: what it says, in Chinese, and where the regulation says it. */
export interface CellEntry {
  /** The element it comes from: "tracks.filing", "stages.initiation.steps.crypto-review", "obligations.self-evaluation" … */
  source: string;
  /** The element's own name in this document, when it has one. */
  name?: string;
  value: EntryValue;
  /** The entry in Chinese, e.g. "资金审核（县财政局）：原则上12个工作日内". */
  text: string;
  cite?: Citation;
  /** 第十二条, 第十一条第（五）项 (formatCitation). */
  citeText: string;
}

export interface ComparisonCell {
  /** The column's key (ColumnHeader.key). */
  column: string;
  /** The regulation says nothing on this row. */
  silent: boolean;
  entries: CellEntry[];
  /** The entries joined, or "—" when silent. */
  text: string;
  /** The articles of the entries, joined with "、"; empty when silent. */
  citeText: string;
  /** Marked as the strictest of the comparable cells of its row (only when the comparable cells differ). */
  stricter: boolean;
}

export interface ComparisonRow {
  /** Stable across comparisons: derived from canonical keys (fact keys, body catalogue keys, event kinds …). */
  key: string;
  kind: string;
  section: string;
  label: string;
  cells: ComparisonCell[];
  /** Not every column says the same (silence counts as a value). */
  differs: boolean;
  /** The columns marked stricter. */
  stricter: string[];
  /** How strictness is judged on this row, in Chinese; absent where values are not ranked. */
  strictness?: string;
  /** Why the columns differ, one line per column, with the articles (outcome rows). */
  explanation?: string[];
}

export interface ComparisonSection {
  key: string;
  label: string;
}

/** compareConfigurations: the parameters of every column side by side. */
export interface ConfigurationMatrix {
  /** The date statuses were read on, when one was given. */
  at?: string;
  columns: ColumnHeader[];
  sections: ComparisonSection[];
  rows: ComparisonRow[];
}
