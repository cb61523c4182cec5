import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PolicyErrorDetail, SavePolicyDraftRequest } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { DecisionReportEntity, PolicyVersionEntity, ProjectEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from './policies.service';
import { contentHash } from './policy-content.hash';
import { draftInput } from './policy-draft.input';
import { assertCanOnVersion, versionNotFound } from './policy-version.access';
import { versionColumns } from './policy-version.columns';
import { auditState, textHash } from './policy-version.views';
import { PolicyVersionWriter } from './policy-version.writer';

/** Drafts: copied from a readable version, edited with optimistic locking, deleted while still drafts. */
@Injectable()
export class PolicyDraftsService {
  constructor(
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    private readonly policies: PoliciesService,
    private readonly writer: PolicyVersionWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new draft of the same policy, copied from any version the actor may read, if they may author the policy:
   * its content, its text as written and its scenario tests.
   */
  async createFrom(actor: Actor, basedOnId: string): Promise<PolicyVersionEntity> {
    const base = await this.policies.readableVersion(actor, basedOnId);
    assertCanOnVersion(actor, 'create', { ...base, state: 'draft' }, `在“${base.content.title}”上起草新版本`);
    return this.writer.create({
      document: base.content,
      sourceYaml: base.sourceYaml,
      scenarios: base.scenarios,
      state: 'draft',
      basedOnId: base.id,
      actorId: actor.id,
      action: 'policy-version.create',
      detail: { basedOnId: base.id, basedOnHash: base.contentHash },
    });
  }

  /**
   * Replaces a draft's document (as YAML text or as data) and, when sent, its scenario file, validated like files.
   * `lockVersion` is the version the editor loaded: when someone saved in between, nothing changes and the answer
   * is 409, so no one overwrites another's work.
   */
  async save(actor: Actor, id: string, body: SavePolicyDraftRequest): Promise<PolicyVersionEntity> {
    const { lockVersion } = body;
    const draft = await this.editableDraft(actor, id, '修改');
    const { document, sourceYaml, scenarios } = draftInput(draft, body);
    return this.versions.manager.transaction(async (manager) => {
      const before = await manager.findOneBy(PolicyVersionEntity, { id });
      if (!before || before.state !== 'draft' || before.lockVersion !== lockVersion) {
        throw await this.whyUnchanged(manager, id, lockVersion);
      }
      const result = await manager
        .createQueryBuilder()
        .update(PolicyVersionEntity)
        .set(
          versionColumns({
            content: document,
            contentHash: contentHash(document),
            sourceYaml,
            ...(scenarios !== undefined ? { scenarios } : {}),
            versionLabel: document.versionLabel,
            status: document.status,
            updatedAt: this.clock.now().toISOString(),
          }),
        )
        .where('id = :id AND state = :state AND lock_version = :lockVersion', { id, state: 'draft', lockVersion })
        .execute();
      if (result.affected !== 1) throw await this.whyUnchanged(manager, id, lockVersion);
      const saved = await manager.findOneByOrFail(PolicyVersionEntity, { id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'policy-version.update',
        subjectType: 'PolicyVersion',
        subjectId: id,
        before: auditState(before),
        after: auditState(saved),
        detail: { lockVersion: saved.lockVersion, contentHash: saved.contentHash, scenariosHash: textHash(saved.scenarios) },
      });
      return saved;
    });
  }

  /** Deletes a draft; a published version, or a draft a project or report refers to, stays. */
  async remove(actor: Actor, id: string): Promise<void> {
    const draft = await this.editableDraft(actor, id, '删除');
    await this.versions.manager.transaction(async (manager) => {
      const projects = await manager.countBy(ProjectEntity, { policyVersionId: id });
      const reports = await manager.countBy(DecisionReportEntity, { policyVersionId: id });
      if (projects + reports > 0) {
        throw new AppError('conflict', `草稿“${id}”已被 ${projects} 个项目、${reports} 份决定报告引用，不能删除`);
      }
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(PolicyVersionEntity)
        .where('id = :id AND state = :state', { id, state: 'draft' })
        .execute();
      if (result.affected !== 1) throw await this.whyUnchanged(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'policy-version.delete',
        subjectType: 'PolicyVersion',
        subjectId: id,
        before: auditState(draft),
        after: null,
        detail: { policyId: draft.policyId, contentHash: draft.contentHash },
      });
    });
  }

  /** A draft the actor may change: 404 when they cannot read it, 403 when they cannot change it, 409 when published. */
  private async editableDraft(actor: Actor, id: string, what: string): Promise<PolicyVersionEntity> {
    const version = await this.policies.readableVersion(actor, id);
    assertCanOnVersion(actor, 'update', version, `${what}此政策版本`);
    if (version.state !== 'draft') throw publishedConflict(id, what);
    return version;
  }

  /** Why a conditional write touched no row: gone, published meanwhile, or saved by someone else. */
  private async whyUnchanged(manager: EntityManager, id: string, lockVersion?: number): Promise<AppError> {
    const current = await manager.findOneBy(PolicyVersionEntity, { id });
    if (!current) return versionNotFound(id);
    if (current.state !== 'draft') return publishedConflict(id, '修改');
    const detail: PolicyErrorDetail = { field: 'lockVersion', message: `应为 ${current.lockVersion}`, currentLockVersion: current.lockVersion };
    return new AppError(
      'conflict',
      `草稿已被他人修改（当前版本号 ${current.lockVersion}，你的修改基于 ${lockVersion ?? '?'}），你的修改未保存；请重新打开草稿，合并修改后再保存`,
      [detail],
    );
  }
}

function publishedConflict(id: string, what: string): AppError {
  return new AppError('conflict', `政策版本“${id}”已发布，不能${what}；如需修改，请基于它新建草稿（POST /api/policy-versions，basedOn: "${id}"）`);
}
