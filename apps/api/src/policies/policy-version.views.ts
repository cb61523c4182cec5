import { POLICY_STATUS_LABEL, type PolicyDocument, type PolicyStatus } from '@banfa/policy-model';
import type { FindOptionsSelect } from 'typeorm';
import type { PolicyVersionEntity, PolicyVersionState } from '../database/entities';
import { windowContains } from './effective-window';

/**
 * What the api returns about policy versions. (Candidates for libs/api-contract once the web uses them.)
 */
export interface PolicyVersionSummaryView {
  id: string;
  label: string;
  state: PolicyVersionState;
  /** The regulation's own status (征求意见稿, 试行 …) and its label. */
  status: PolicyStatus;
  statusLabel: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  contentHash: string;
  publishedAt: string | null;
  basedOnId: string | null;
  /** Published, in effect today by the platform's dates, and not expired or repealed by its own status. */
  inForce: boolean;
  updatedAt: string | null;
}

export interface PolicyListItemView {
  id: string;
  title: string;
  jurisdiction: { code: string; name: string };
  versions: PolicyVersionSummaryView[];
}

export interface PolicyVersionView extends PolicyVersionSummaryView {
  policyId: string;
  jurisdictionCode: string;
  /** Send it back with a save: a save based on an older lock version is refused (409). */
  lockVersion: number;
  publishedBy: string | null;
  createdAt: string;
  sourceFile: string | null;
  content: PolicyDocument;
}

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
  };
}

/** The state of a version the audit log hashes before and after a write. */
export function auditState(version: PolicyVersionEntity): Record<string, unknown> {
  const { id, policyId, state, contentHash, effectiveFrom, effectiveTo, lockVersion, publishedAt, publishedBy } = version;
  return { id, policyId, state, contentHash, effectiveFrom, effectiveTo, lockVersion, publishedAt, publishedBy };
}
