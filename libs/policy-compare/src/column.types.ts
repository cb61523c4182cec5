import type { PolicyDocument, PolicyStatus } from '@banfa/policy-model';

/**
 * One column of a comparison: an effective policy document (as parsePolicyYaml / applyReadings give it), with what
 * the document itself cannot say about its version: whether it is an unpublished draft in Banfa.
 */
export interface PolicyColumn {
  document: PolicyDocument;
  /** An unpublished Banfa draft of the version (shown as 草稿 in the header). */
  draft?: boolean;
}

/** What a column header shows: the jurisdiction, the version and its status on the comparison date. */
export interface ColumnHeader {
  /** Unique within one comparison: the policy id, with `#2`, `#3` … for a document given twice. */
  key: string;
  policyId: string;
  jurisdiction: { code: string; name: string };
  title: string;
  versionLabel: string;
  status: PolicyStatus;
  /** The status as people read it on the comparison date: 征求意见稿, 试行（已过期）, 现行有效（尚未施行）, 草稿 … */
  statusText: string;
  effective: { from?: string; to?: string };
  /** 连平县（441623）二次征求意见稿〔征求意见稿〕 */
  header: string;
}
