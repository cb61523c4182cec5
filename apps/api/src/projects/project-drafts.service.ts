import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProjectView } from '@banfa/api-contract';
import { defineAbilityFor, subject, type Actor } from '@banfa/permissions';
import { randomUUID } from 'node:crypto';
import { type EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { OrganisationEntity, ProjectEntity, type PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import type { CreateProjectDto } from './dto/create-project.dto';
import type { SaveDraftDto } from './dto/save-draft.dto';
import { ProjectAccess } from './project-access.service';
import { storeFacts } from './project-facts';
import { checkSubmission, draftSummary, projectName } from './project-submission';
import { auditState, toProjectView } from './project-view';
import { ProjectWriter } from './project-writer.service';
import { asRow } from './query-row';
import { effectiveDocument } from '../policies/effective-documents.cache';

/**
 * A department's project from draft to submission. A draft lives under the policy in force for the department's
 * jurisdiction and may be incomplete; submission validates everything on the server, re-pins the project to the
 * version in force that day (for good), records 'submitted' and stores the runtime's report.
 */
@Injectable()
export class ProjectDraftsService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly writer: ProjectWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, request: CreateProjectDto): Promise<ProjectView> {
    const organisation = actor.organisationId ? await this.organisations.findOneBy({ id: actor.organisationId }) : null;
    const ability = defineAbilityFor(actor);
    const scope = { organisationId: organisation?.id ?? '' };
    if (!organisation || organisation.kind !== 'department' || !ability.can('create', subject('Project', scope))) {
      throw new AppError('forbidden', '只有项目建设单位的用户可以创建项目');
    }
    if (request.submit && !ability.can('submit', subject('Project', scope))) {
      throw new AppError('forbidden', '当前账号无权提交申报');
    }
    const version = await this.versionInForce(organisation.jurisdictionCode);
    if (request.policyVersionId !== undefined && request.policyVersionId !== version.id) {
      throw new AppError(
        'conflict',
        `本地区现行的政策版本已是“${version.content.title}（${version.versionLabel}）”，与填写时的版本不同；请刷新页面，按现行版本核对后再提交`,
      );
    }
    const formValues = request.formValues ?? {};
    const factAnswers = request.factAnswers ?? {};
    const now = this.clock.now().toISOString();
    const draft: ProjectEntity = this.projects.create({
      id: randomUUID(),
      policyVersionId: version.id,
      organisationId: organisation.id,
      jurisdictionCode: organisation.jurisdictionCode,
      provinceCode: `${organisation.jurisdictionCode.slice(0, 2)}0000`,
      state: 'draft',
      lockVersion: 1,
      formValues,
      factAnswers,
      facts: {},
      ...draftSummary(effectiveDocument(version), formValues),
      trackId: null,
      report: null,
      reportPolicyHash: null,
      submittedOn: null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    // One step (the web's submit button): validated before anything is written, so a refusal stores nothing.
    const submission = request.submit ? this.validated(version, formValues, factAnswers) : undefined;
    const saved = await this.projects.manager.transaction(async (manager) => {
      await manager.insert(ProjectEntity, asRow<ProjectEntity>(draft));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'project.create',
        subjectType: 'Project',
        subjectId: draft.id,
        after: auditState(draft),
        detail: { policyVersionId: version.id, name: draft.name },
      });
      return submission ? this.submitIn(manager, actor, draft, version, submission) : draft;
    });
    const preview = saved.state === 'draft' ? this.writer.preview(saved, version) : null;
    return toProjectView(saved, version, organisation.name, saved.report, preview);
  }

  async save(actor: Actor, id: string, request: SaveDraftDto): Promise<ProjectView> {
    const saved = await this.projects.manager.transaction(async (manager) => {
      const project = await this.access.authorised(actor, id, 'update', '只有项目所属单位可以修改草稿', manager);
      this.assertDraft(project, request.lockVersion);
      const version = await this.policies.version(project.policyVersionId);
      const updated = await this.writer.update(manager, project, {
        formValues: request.formValues,
        factAnswers: request.factAnswers,
        ...draftSummary(effectiveDocument(version), request.formValues),
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'project.save',
        subjectType: 'Project',
        subjectId: project.id,
        before: auditState(project),
        after: auditState(updated),
        detail: { lockVersion: updated.lockVersion },
      });
      return updated;
    });
    return this.view(saved);
  }

  async submit(actor: Actor, id: string, lockVersion: number): Promise<ProjectView> {
    const project = await this.access.authorised(actor, id, 'submit', '只有项目所属单位可以提交申报');
    this.assertDraft(project, lockVersion);
    // Re-pinned to the version in force on the day of submission, and validated against it.
    const version = await this.versionInForce(project.jurisdictionCode);
    const submission = this.validated(version, project.formValues, project.factAnswers ?? {});
    const submitted = await this.projects.manager.transaction((manager) => this.submitIn(manager, actor, project, version, submission));
    return this.view(submitted);
  }

  private async view(project: ProjectEntity): Promise<ProjectView> {
    const version = await this.policies.version(project.policyVersionId);
    const names = await this.access.organisationNames([project.organisationId]);
    const preview = project.state === 'draft' ? this.writer.preview(project, version) : null;
    return toProjectView(project, version, names.get(project.organisationId) ?? project.organisationId, project.report, preview);
  }

  private async versionInForce(jurisdictionCode: string): Promise<PolicyVersionEntity> {
    const current = await this.policies.currentVersion(jurisdictionCode, this.clock.today());
    return this.policies.version(current.id);
  }

  private assertDraft(project: ProjectEntity, lockVersion: number): void {
    if (project.state !== 'draft') {
      throw new AppError('conflict', `项目已于 ${project.submittedOn ?? ''} 提交申报，申报内容不能再修改；如需变更，请提出变更申请`);
    }
    if (project.lockVersion !== lockVersion) {
      throw new AppError('conflict', `草稿已被他人保存（当前版本 ${project.lockVersion}，你提交的是版本 ${lockVersion}），请刷新后在最新内容上修改`);
    }
  }

  private validated(version: PolicyVersionEntity, formValues: Record<string, unknown>, factAnswers: Record<string, unknown>) {
    const { issues, facts } = checkSubmission(effectiveDocument(version), formValues, factAnswers);
    if (issues.length > 0) throw new AppError('validation-failed', `申报内容有 ${issues.length} 处需要修改`, issues);
    return { formValues, factAnswers, facts };
  }

  private async submitIn(
    manager: EntityManager,
    actor: Actor,
    project: ProjectEntity,
    version: PolicyVersionEntity,
    submission: ReturnType<ProjectDraftsService['validated']>,
  ): Promise<ProjectEntity> {
    const today = this.clock.today();
    const total = submission.facts['totalInvestment'];
    const changes: Partial<ProjectEntity> = {
      state: 'submitted',
      policyVersionId: version.id,
      name: projectName(submission.facts['projectName']),
      totalInvestmentFen: typeof total === 'bigint' ? total.toString() : null,
      facts: storeFacts(submission.facts),
      submittedOn: today,
    };
    const event = await this.writer.appendEvent(manager, project, 'submitted', today, {}, actor.id);
    const submitted = await this.writer.storeReport(manager, project, version, event.id, changes);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'project.submit',
      subjectType: 'Project',
      subjectId: project.id,
      before: auditState(project),
      after: auditState(submitted),
      detail: { policyVersionId: version.id, policyHash: version.contentHash, submittedOn: today, track: submitted.trackId },
    });
    return submitted;
  }
}
