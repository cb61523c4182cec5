import { diffPolicies, type PolicyDiff, type PolicyDocument } from '@banfa/policy-model';

/** The diff between two versions as the api answers it: libs/policy-model's semantic diff. */
export type PolicyVersionDiff = PolicyDiff;

/** The one place the api computes a diff between two (effective) documents. */
export function diffDocuments(before: PolicyDocument, after: PolicyDocument): PolicyVersionDiff {
  return diffPolicies(before, after);
}
