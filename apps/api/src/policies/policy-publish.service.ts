import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { InFlightProjectView, PolicyErrorDetail, PublishPolicyRequest, PublishResultView, ScenarioRunView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { PolicyVersionEntity, ProjectEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from './policies.service';
import { assertIntact } from './policy-integrity';
import { contentHash } from './policy-content.hash';
import { validatePolicyContent, validDocument } from './policy-content.validation';
import { planPublication, type PublishOverlap, type PublishRequest } from './policy-publish.plan';
import { PolicyScenarioRunner, scenariosFailed } from './policy-scenarios.runner';
import { sourceYamlFor } from './policy-source.yaml';
import { assertCanOnVersion } from './policy-version.access';
import { versionColumns } from './policy-version.columns';
import { auditState, SUMMARY_COLUMNS, textHash, toSummaryView } from './policy-version.views';

const NO_SCENARIOS = '此版本没有场景测试：发布前未能核对它的计算结果；建议先在“场景测试”中为主要情形各写一个场景再发布';

/**
 * Publishing a draft: its effective period, the end of its predecessor, its scenario tests (all must pass), and a
 * dry run showing all of it first.
 */
@Injectable()
export class PolicyPublishService {
  constructor(
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    private readonly policies: PoliciesService,
    private readonly audit: AuditService,
    private readonly scenarios: PolicyScenarioRunner,
    private readonly clock: Clock,
  ) {}

  async publish(actor: Actor, id: string, request: PublishPolicyRequest): Promise<PublishResultView> {
    const visible = await this.policies.readableVersion(actor, id);
    assertCanOnVersion(actor, 'publish', visible, '发布此政策版本');
    if (request.effectiveTo !== undefined && request.effectiveTo < request.effectiveFrom) {
      throw new AppError('validation-failed', '截止日期早于施行日期', [
        { field: 'effectiveTo', message: `截止日期 ${request.effectiveTo} 应不早于施行日期 ${request.effectiveFrom}` },
      ]);
    }
    // A dry run takes the same path in a transaction that writes nothing, so it answers exactly as publishing would.
    return this.versions.manager.transaction((manager) => this.apply(manager, actor, id, request, !request.dryRun));
  }

  /** Plans (and, when `write`, applies) the publication inside one transaction, serialised per policy. */
  private async apply(
    manager: EntityManager,
    actor: Actor,
    id: string,
    request: PublishRequest & { lockVersion?: number },
    write: boolean,
  ): Promise<PublishResultView> {
    const draft = await this.lockedDraft(manager, id, request.lockVersion);
    const siblings = await manager.find(PolicyVersionEntity, {
      select: SUMMARY_COLUMNS,
      where: { policyId: draft.policyId, state: 'published', id: Not(id) },
      order: { effectiveFrom: 'ASC', createdAt: 'ASC' },
    });
    const plan = planPublication(draft, siblings, request);
    const document = validDocument(validatePolicyContent(plan.document), { prefix: 'content' });
    const hash = contentHash(document);
    const conflicts = plan.overlaps.filter((overlap) => overlap.resolution === 'conflict');
    const inFlightProjects = await this.inFlightProjects(manager, siblings);
    // The scenarios test the law as it would be published: the draft with these dates.
    const scenarios = this.scenarios.run(document, draft.scenarios);
    const failing = scenarios.filter((scenario) => scenario.failures.length > 0);
    const result = (version: PolicyVersionEntity, published: boolean): PublishResultView => ({
      dryRun: !write,
      published,
      version: toSummaryView(version, this.clock.today()),
      effectiveFrom: request.effectiveFrom,
      effectiveTo: request.effectiveTo ?? null,
      contentHash: hash,
      overlaps: plan.overlaps,
      inFlightProjects,
      scenarios,
      warnings: [...plan.warnings, ...scenarioWarnings(draft.scenarios, scenarios, failing)],
    });
    if (!write) return result(draft, conflicts.length === 0 && failing.length === 0);
    if (conflicts.length > 0) {
      throw new AppError(
        'conflict',
        `施行期间与同一政策的 ${conflicts.length} 个已发布版本重叠，未发布：${conflicts.map((c) => c.message).join('；')}`,
        conflicts.map((c) => ({ field: 'effectiveFrom', message: c.message })),
      );
    }
    if (failing.length > 0) throw scenariosFailed(scenarios);
    const now = this.clock.now().toISOString();
    for (const overlap of plan.overlaps) await this.endPrevious(manager, actor, overlap, id, now);
    const updated = await manager
      .createQueryBuilder()
      .update(PolicyVersionEntity)
      .set(
        versionColumns({
          state: 'published',
          content: document,
          contentHash: hash,
          // The text states the period too (the dates written into it, the author's comments and layout kept).
          sourceYaml: sourceYamlFor({ text: draft.sourceYaml, content: draft.content }, document),
          status: document.status,
          versionLabel: document.versionLabel,
          effectiveFrom: request.effectiveFrom,
          effectiveTo: request.effectiveTo ?? null,
          publishedAt: now,
          publishedBy: actor.id,
          updatedAt: now,
        }),
      )
      .where('id = :id AND state = :state AND lock_version = :lockVersion', { id, state: 'draft', lockVersion: draft.lockVersion })
      .execute();
    if (updated.affected !== 1) throw new AppError('conflict', '草稿在发布过程中被他人修改或发布，未发布；请刷新后重试');
    const published = await manager.findOneByOrFail(PolicyVersionEntity, { id });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'policy-version.publish',
      subjectType: 'PolicyVersion',
      subjectId: id,
      before: auditState(draft),
      after: auditState(published),
      detail: {
        effectiveFrom: published.effectiveFrom,
        effectiveTo: published.effectiveTo,
        contentHash: hash,
        ended: plan.overlaps.map((overlap) => overlap.versionId),
        scenarios: scenarios.length,
        scenariosHash: textHash(draft.scenarios),
      },
    });
    return result(published, true);
  }

  /** The draft, re-read inside the transaction after taking the policy's publication lock. */
  private async lockedDraft(manager: EntityManager, id: string, lockVersion: number | undefined): Promise<PolicyVersionEntity> {
    const head = await manager.findOne(PolicyVersionEntity, { select: { id: true, policyId: true }, where: { id } });
    if (!head) throw new AppError('not-found', `政策版本“${id}”不存在`);
    if (manager.connection.options.type === 'postgres') {
      // Two publications of one policy at once could each miss the other's period: one at a time per policy.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`banfa.policy:${head.policyId}`]);
    }
    const draft = assertIntact(await manager.findOneByOrFail(PolicyVersionEntity, { id }));
    if (draft.state !== 'draft') {
      throw new AppError('conflict', `政策版本“${id}”已发布（${draft.publishedAt ?? ''}），不能再次发布；如需修改，请基于它新建草稿`);
    }
    if (lockVersion !== undefined && lockVersion !== draft.lockVersion) {
      const detail: PolicyErrorDetail = { field: 'lockVersion', message: `应为 ${draft.lockVersion}`, currentLockVersion: draft.lockVersion };
      throw new AppError('conflict', `草稿已被他人修改（当前版本号 ${draft.lockVersion}，你审阅的是 ${lockVersion}），未发布；请重新审阅后再发布`, [detail]);
    }
    return draft;
  }

  /** Ends the previous open-ended version the day before its successor starts (allowed once by the guard). */
  private async endPrevious(manager: EntityManager, actor: Actor, overlap: PublishOverlap, successorId: string, now: string): Promise<void> {
    if (overlap.resolution !== 'end-previous' || !overlap.newEffectiveTo) return;
    const before = await manager.findOneByOrFail(PolicyVersionEntity, { id: overlap.versionId });
    const result = await manager
      .createQueryBuilder()
      .update(PolicyVersionEntity)
      .set({ effectiveTo: overlap.newEffectiveTo, updatedAt: now })
      .where('id = :id AND state = :state AND effective_to IS NULL', { id: overlap.versionId, state: 'published' })
      .execute();
    if (result.affected !== 1) throw new AppError('conflict', `版本“${overlap.versionId}”的施行期间已被他人修改，未发布；请刷新后重试`);
    const after = await manager.findOneByOrFail(PolicyVersionEntity, { id: overlap.versionId });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'policy-version.end',
      subjectType: 'PolicyVersion',
      subjectId: overlap.versionId,
      before: auditState(before),
      after: auditState(after),
      detail: { effectiveTo: overlap.newEffectiveTo, successorId },
    });
  }

  private async inFlightProjects(manager: EntityManager, siblings: ReadonlyArray<PolicyVersionEntity>): Promise<InFlightProjectView[]> {
    if (siblings.length === 0) return [];
    const labels = new Map(siblings.map((sibling) => [sibling.id, sibling.versionLabel]));
    const projects = await manager.find(ProjectEntity, {
      select: { id: true, name: true, state: true, submittedOn: true, policyVersionId: true },
      where: { policyVersionId: In([...labels.keys()]), state: 'submitted' },
      order: { submittedOn: 'ASC', id: 'ASC' },
    });
    return projects.map((project) => ({
      id: project.id,
      name: project.name,
      state: project.state,
      submittedOn: project.submittedOn,
      policyVersionId: project.policyVersionId,
      versionLabel: labels.get(project.policyVersionId) ?? project.policyVersionId,
    }));
  }
}

/** What the scenarios say about publishing: none to check, or how many fail (a publication is then refused). */
function scenarioWarnings(text: string | null, results: ReadonlyArray<ScenarioRunView>, failing: ReadonlyArray<ScenarioRunView>): string[] {
  if (text === null || results.length === 0) return [NO_SCENARIOS];
  if (failing.length > 0) {
    return [`${failing.length} 个场景测试未通过（共 ${results.length} 个），不能发布：${failing.map((scenario) => `“${scenario.name}”`).join('、')}；请修改政策或场景测试，全部通过后再发布`];
  }
  return [];
}
