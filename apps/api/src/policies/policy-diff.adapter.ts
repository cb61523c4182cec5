import { diffPolicies, type PolicyDiff, type PolicyDocument } from '@banfa/policy-model';

/** The one place the api computes a diff between two (effective) documents: libs/policy-model's semantic diff. */
export function diffDocuments(before: PolicyDocument, after: PolicyDocument): PolicyDiff {
  return diffPolicies(before, after);
}
