import { Injectable } from '@nestjs/common';
import type { PolicyDocument } from '@banfa/policy-model';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { JurisdictionEntity, PolicyEntity, PolicyVersionEntity, type PolicyVersionState } from '../database/entities';
import { AppError } from '../errors/app-error';
import { contentHash } from './policy-content.hash';
import { nextVersionId } from './policy-version-id';
import { provinceOf } from './policy-version.access';
import { versionColumns } from './policy-version.columns';
import { auditState } from './policy-version.views';

const MAX_ATTEMPTS = 3;

/** A primary-key or unique violation, on PostgreSQL (23505) or SQLite. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export interface NewVersion {
  document: PolicyDocument;
  state: PolicyVersionState;
  /** A fixed id (the seed's); otherwise `<policy-id>:v<n>`. */
  id?: string;
  basedOnId?: string | null;
  sourceFile?: string | null;
  /** The document's text as written (it must parse to `document`); null: none, readers get the export of the content. */
  sourceYaml?: string | null;
  /** The version's scenario file (YAML), already checked. */
  scenarios?: string | null;
  actorId: string | null;
  /** The audit action, e.g. policy-version.create, policy-version.import. */
  action: string;
  detail?: Record<string, unknown>;
}

/**
 * The one code path that stores a new version, for the seed (published, fixed ids), copies and imports
 * (drafts): the policy row when it is new, the version row and its audit entry, in the caller's transaction.
 */
@Injectable()
export class PolicyVersionWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a new version in its own transaction. Two authors creating versions of one policy at the same moment
   * can pick the same `<policy-id>:v<n>`; the loser's transaction is rolled back and retried with the next number.
   */
  async create(input: NewVersion): Promise<PolicyVersionEntity> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.manager.transaction((manager) => this.insert(manager, input));
      } catch (error) {
        if (input.id !== undefined || attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) throw error;
      }
    }
  }

  async insert(manager: EntityManager, input: NewVersion): Promise<PolicyVersionEntity> {
    const { document } = input;
    const code = document.jurisdiction.code;
    const policy = await manager.findOneBy(PolicyEntity, { id: document.id });
    if (policy && policy.jurisdictionCode !== code) {
      throw new AppError('policy-invalid', `政策标识“${document.id}”已被行政区划 ${policy.jurisdictionCode} 的政策使用`, [
        { field: 'id', message: `请改用本行政区划自己的政策标识（当前文件的行政区划为 ${code}）` },
      ]);
    }
    if (!policy) {
      if (!(await manager.existsBy(JurisdictionEntity, { code }))) {
        throw new AppError('policy-invalid', `行政区划 ${code} 尚未登记`, [
          { field: 'jurisdiction.code', message: `平台中没有行政区划 ${code}（${document.jurisdiction.name}）；请先由平台管理员登记，或检查代码是否写错` },
        ]);
      }
      await manager.insert(PolicyEntity, { id: document.id, jurisdictionCode: code, title: document.title });
    }
    const now = this.clock.now().toISOString();
    const published = input.state === 'published';
    const version = manager.create(PolicyVersionEntity, {
      id: input.id ?? (await nextVersionId(manager, document.id)),
      policyId: document.id,
      jurisdictionCode: code,
      provinceCode: provinceOf(code),
      state: input.state,
      lockVersion: 1,
      basedOnId: input.basedOnId ?? null,
      versionLabel: document.versionLabel,
      status: document.status,
      // A draft has no period of its own yet: the platform's dates are set when it is published.
      effectiveFrom: published ? (document.effective.from ?? null) : null,
      effectiveTo: published ? (document.effective.to ?? null) : null,
      publishedAt: published ? now : null,
      publishedBy: published ? input.actorId : null,
      content: document,
      contentHash: contentHash(document),
      sourceFile: input.sourceFile ?? null,
      sourceYaml: input.sourceYaml ?? null,
      scenarios: input.scenarios ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(PolicyVersionEntity, versionColumns(version));
    await this.audit.record(manager, {
      actorId: input.actorId,
      action: input.action,
      subjectType: 'PolicyVersion',
      subjectId: version.id,
      before: null,
      after: auditState(version),
      detail: { policyId: version.policyId, state: version.state, contentHash: version.contentHash, ...input.detail },
    });
    return version;
  }
}
