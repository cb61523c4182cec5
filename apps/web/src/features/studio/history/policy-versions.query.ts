import type { PolicyVersionSummaryView } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { listPolicies } from '../core/policy-versions.api';

/** The studio's list of policies (core's studio list reads it under the same key, so one refresh serves both). */
export const POLICIES_QUERY_KEY = ['studio-policies'] as const;

/** The policy a version belongs to, with all its versions the user may read (GET /api/policies), newest first. */
export function usePolicyVersions(policyId: string) {
  return useQuery({
    queryKey: POLICIES_QUERY_KEY,
    queryFn: listPolicies,
    select: (policies) => {
      const policy = policies.find((candidate) => candidate.id === policyId) ?? null;
      return { policy, versions: policy ? newestFirst(policy.versions) : [] };
    },
  });
}

/** Drafts first (being written), then published versions by effective date, then publication, latest first. */
export function newestFirst(versions: ReadonlyArray<PolicyVersionSummaryView>): PolicyVersionSummaryView[] {
  const rank = (version: PolicyVersionSummaryView): [number, string, string] =>
    version.state === 'draft' ? [1, version.updatedAt ?? '', ''] : [0, version.effectiveFrom ?? '', version.publishedAt ?? ''];
  return [...versions].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1].localeCompare(x[1]) || y[2].localeCompare(x[2]);
  });
}

/** “2025-10-01 起” / “2025-10-01 至 2026-09-30” / “至 2026-09-30” / “未定” */
export function effectivePeriod(version: Pick<PolicyVersionSummaryView, 'effectiveFrom' | 'effectiveTo'>): string {
  if (!version.effectiveFrom) return version.effectiveTo ? `至 ${version.effectiveTo}` : '未定';
  return version.effectiveTo ? `${version.effectiveFrom} 至 ${version.effectiveTo}` : `${version.effectiveFrom} 起`;
}
