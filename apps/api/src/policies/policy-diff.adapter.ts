import type { PolicyDocument, PolicyStatus } from '@banfa/policy-model';
import { structuralDiff } from './policy-structural.diff';

/**
 * The shape of a policy diff, mirroring `PolicyDiff` of libs/policy-model's `diffPolicies(before, after)`
 * (being written on main), so that the real function drops in without changing the endpoint's answer.
 */
export interface PolicyDiffChange {
  kind: string;
  element: string;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** Where, with elements named by id: `stages[initiation].steps[crypto-review].deadline`. */
  path: string;
  before?: string;
  after?: string;
  /** The article of the element (第十二条), from the later version or the earlier one when removed. */
  citeText: string;
  sentence: string;
}

export interface PolicyDiffSide {
  id: string;
  jurisdiction: { code: string; name: string };
  title: string;
  versionLabel: string;
  status: PolicyStatus;
}

export interface PolicyDiffResult {
  before: PolicyDiffSide;
  after: PolicyDiffSide;
  identical: boolean;
  changes: PolicyDiffChange[];
  summary: { total: number; editorial: number; byKind: Partial<Record<string, number>> };
}

/** `semantic`: libs/policy-model's diffPolicies; `structural`: the interim element-by-element comparison. */
export interface PolicyVersionDiff extends PolicyDiffResult {
  engine: 'semantic' | 'structural';
}

/**
 * The one place the api computes a diff between two documents.
 *
 * To plug in the semantic diff once `diffPolicies` is exported by @banfa/policy-model, replace the body with
 *   `return { engine: 'semantic', ...diffPolicies(before, after) };`
 * (import { diffPolicies } from '@banfa/policy-model'), and delete policy-structural.diff.ts and its spec.
 */
export function diffDocuments(before: PolicyDocument, after: PolicyDocument): PolicyVersionDiff {
  return { engine: 'structural', ...structuralDiff(before, after) };
}
