import type { PolicyVersionSummaryView, PolicyVersionView } from '@banfa/api-contract';
import { POLICY_STATUS_LABEL, type PolicyStatus } from '@banfa/policy-model';
import { createHash } from 'node:crypto';
import type { FindOptionsSelect } from 'typeorm';
import type { PolicyVersionEntity } from '../database/entities';
import { windowContains } from './effective-window';
import { policyYaml } from './policy-export.yaml';

/** How the api answers about policy versions, in libs/api-contract's shapes (one definition with the web). */
type SummaryColumns = Pick<
  PolicyVersionEntity,
  'id' | 'versionLabel' | 'state' | 'status' | 'effectiveFrom' | 'effectiveTo' | 'contentHash' | 'publishedAt' | 'basedOnId' | 'updatedAt'
>;

/** The columns a summary needs (lists never load the documents). */
export const SUMMARY_COLUMNS: FindOptionsSelect<PolicyVersionEntity> = {
  id: true,
  policyId: true,
  jurisdictionCode: true,
  provinceCode: true,
  versionLabel: true,
  state: true,
  status: true,
  effectiveFrom: true,
  effectiveTo: true,
  contentHash: true,
  publishedAt: true,
  basedOnId: true,
  lockVersion: true,
  updatedAt: true,
  createdAt: true,
};

/** Whether a version is the law on `today` by the platform's dates. */
export function isInForce(version: Pick<PolicyVersionEntity, 'state' | 'status' | 'effectiveFrom' | 'effectiveTo'>, today: string): boolean {
  return (
    version.state === 'published' &&
    !['expired', 'repealed'].includes(version.status) &&
    windowContains({ from: version.effectiveFrom, to: version.effectiveTo }, today)
  );
}

export function toSummaryView(version: SummaryColumns, today: string): PolicyVersionSummaryView {
  const status = version.status as PolicyStatus;
  return {
    id: version.id,
    label: version.versionLabel,
    state: version.state,
    status,
    statusLabel: POLICY_STATUS_LABEL[status] ?? version.status,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    contentHash: version.contentHash,
    publishedAt: version.publishedAt,
    basedOnId: version.basedOnId,
    inForce: isInForce(version, today),
    updatedAt: version.updatedAt,
  };
}

export function toVersionView(version: PolicyVersionEntity, today: string): PolicyVersionView {
  return {
    ...toSummaryView(version, today),
    policyId: version.policyId,
    jurisdictionCode: version.jurisdictionCode,
    lockVersion: version.lockVersion,
    publishedBy: version.publishedBy,
    createdAt: version.createdAt,
    sourceFile: version.sourceFile,
    content: version.content,
    // The text as stored (every path that stores one checks it parses to the content); else the content written out.
    yaml: version.sourceYaml ?? policyYaml(version),
    scenarios: version.scenarios,
  };
}

/** The state of a version the audit log hashes before and after a write (texts by their hash). */
export function auditState(version: PolicyVersionEntity): Record<string, unknown> {
  const { id, policyId, state, contentHash, effectiveFrom, effectiveTo, lockVersion, publishedAt, publishedBy } = version;
  const sourceYamlHash = textHash(version.sourceYaml);
  const scenariosHash = textHash(version.scenarios);
  return { id, policyId, state, contentHash, effectiveFrom, effectiveTo, lockVersion, publishedAt, publishedBy, sourceYamlHash, scenariosHash };
}

/** SHA-256 of a stored text, or null when there is none. */
export function textHash(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : createHash('sha256').update(text).digest('hex');
}
