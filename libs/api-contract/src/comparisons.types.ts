import type { ColumnHeader, ColumnOutcome, ComparisonRow, ComparisonSection, ProjectSummary, SampleProjectFile } from '@banfa/policy-compare';
import type { FactType } from '@banfa/policy-model';

/**
 * The comparison endpoints (/api/comparisons): policies side by side, and one sample project through each.
 * Which policies: exactly one of `jurisdictions` (each one's version in force on `at`, else its newest published
 * version), `versions` (version ids; a draft only this way, and only when the caller may read it) or `history` (every
 * published version of one jurisdiction, oldest first: the regulation over time).
 */
export interface ComparisonSelection {
  /** GB/T 2260 codes, e.g. ["441623", "371702"]; in the query: jurisdictions=441623,371702 */
  jurisdictions?: string[];
  /** Policy version ids, e.g. ["441623-lianping:consultation-draft-2"]; in the query: versions=a,b */
  versions?: string[];
  /** One jurisdiction code: all its published versions. */
  history?: string;
  /** The day statuses and versions are read on, YYYY-MM-DD; default today (China time). */
  at?: string;
}

/** A column of a comparison: the policy version, with its header as it reads on the comparison date. */
export interface ComparisonColumnView extends ColumnHeader {
  versionId: string;
  /** An unpublished draft (its statusText ends in （草稿）). */
  draft: boolean;
}

/** GET /api/comparisons/matrix: the parameters of each policy side by side, rows in sections. */
export interface ComparisonMatrixView {
  at: string;
  columns: ComparisonColumnView[];
  sections: ComparisonSection[];
  rows: ComparisonRow[];
}

/** The sample project, as in a `banfa compare --project` file: facts with money in its unit ("80万元"), dated events. */
export type SampleProjectInput = SampleProjectFile;

/** POST /api/comparisons/outcomes and /api/comparisons/outcomes.xlsx */
export interface CompareOutcomesRequest extends ComparisonSelection {
  project: SampleProjectInput;
}

/** One policy's answer for the sample project (the full decision report is left out). */
export type OutcomeColumnView = Omit<ColumnOutcome, 'report'>;

/** A fact some compared policies need for a decision and the sample project does not give: what to ask next. */
export interface MissingFactQuestion {
  key: string;
  label: string;
  type: FactType;
  options?: Array<{ value: string; label: string }>;
  /** The keys of the columns (ComparisonColumnView.key) that need it. */
  columns: string[];
}

/** POST /api/comparisons/outcomes */
export interface OutcomeComparisonView {
  at: string;
  columns: ComparisonColumnView[];
  project: ProjectSummary;
  outcomes: OutcomeColumnView[];
  sections: ComparisonSection[];
  rows: ComparisonRow[];
  missingFacts: MissingFactQuestion[];
}
