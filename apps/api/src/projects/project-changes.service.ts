import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChangeView } from '@banfa/api-contract';
import { defineAbilityFor, subject, type Actor } from '@banfa/permissions';
import { validateFormValues, type PolicyDocument } from '@banfa/policy-model';
import { checkChange, type ChangeVerdict } from '@banfa/policy-runtime';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { ProjectEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import { parseChangeRequest } from './change-request.parse';
import type { ChangeDecisionDto } from './dto/change-decision.dto';
import type { ChangeRequestDto } from './dto/change-request.dto';
import { ProjectAccess } from './project-access.service';
import { changeViews } from './project-changes';
import { assertEventDate } from './project-dates';
import { CHANGE_REVIEWED } from './project-event-payload';
import { runtimeInput } from './project-facts';
import { auditState } from './project-view';
import { ProjectWriter } from './project-writer.service';
import { effectiveDocument } from '../policies/effective-documents.cache';

/**
 * Change requests (项目变更): the department asks, the policy's change rules give the verdict (checkChange), and
 * when the rule names approving bodies each of them approves or refuses in its inbox. A change within the limits
 * that needs no approval is decided at once; one outside the rule is recorded with what applies instead.
 */
@Injectable()
export class ProjectChangesService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly writer: ProjectWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, id: string): Promise<ChangeView[]> {
    const project = await this.access.readable(actor, id);
    const version = await this.policies.version(project.policyVersionId);
    return changeViews(await this.writer.events(this.projects.manager, project.id), effectiveDocument(version));
  }

  /**
   * What the change rules would say of a request, without recording anything: the department's live check while
   * it fills in 附表3 (the ratio, the count of earlier changes, the article).
   */
  async check(actor: Actor, id: string, body: ChangeRequestDto): Promise<ChangeVerdict> {
    const project = await this.access.authorised(actor, id, 'update', '只有项目所属单位可以申请变更');
    const submittedOn = this.assertSubmitted(project);
    const today = this.clock.today();
    const on = body.on ?? today;
    assertEventDate('on', on, submittedOn, today);
    const { request } = parseChangeRequest(body, on);
    const version = await this.policies.version(project.policyVersionId);
    const doc = this.policies.effectiveDocument(version);
    return checkChange(doc, runtimeInput(project, doc, await this.writer.events(this.projects.manager, project.id)), request);
  }

  async request(actor: Actor, id: string, body: ChangeRequestDto): Promise<ChangeView> {
    return this.projects.manager.transaction(async (manager) => {
      const project = await this.access.authorised(actor, id, 'update', '只有项目所属单位可以申请变更', manager);
      const submittedOn = this.assertSubmitted(project);
      const today = this.clock.today();
      const on = body.on ?? today;
      assertEventDate('on', on, submittedOn, today);
      const { request, stored } = parseChangeRequest(body, on);
      const version = await this.policies.version(project.policyVersionId);
      this.assertChangeForm(effectiveDocument(version), body.formValues);
      const events = await this.writer.events(manager, project.id);
      const pending = changeViews(events, effectiveDocument(version)).find((change) => change.status === 'pending-approval');
      if (pending) {
        throw new AppError('conflict', `${pending.requestedOn} 提出的变更申请仍在等待${pending.approvals.filter((a) => !a.outcome).map((a) => a.body.name).join('、')}审批，办结后才能再次申请`);
      }
      const doc = this.policies.effectiveDocument(version);
      const verdict = checkChange(doc, runtimeInput(project, doc, events), request);
      const event = await this.writer.appendEvent(manager, project, 'changeRequested', on, { change: stored, verdict }, actor.id);
      if (verdict.outcome === 'allowed') {
        await this.writer.appendEvent(manager, project, 'changeDecided', on, { changeId: event.id, result: 'allowed' }, actor.id);
      }
      const updated = await this.writer.storeReport(manager, project, version, event.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'change.request',
        subjectType: 'Project',
        subjectId: project.id,
        before: auditState(project),
        after: auditState(updated),
        detail: { changeId: event.id, on, outcome: verdict.outcome, rule: verdict.rule?.id ?? null },
      });
      const view = changeViews(await this.writer.events(manager, project.id), effectiveDocument(version)).find((change) => change.id === event.id);
      return view!;
    });
  }

  private assertSubmitted(project: ProjectEntity): string {
    if (project.state !== 'submitted' || !project.submittedOn) throw new AppError('conflict', '项目尚未提交申报；申报前请直接修改草稿');
    return project.submittedOn;
  }

  /** 附表3 as filled in, when sent, is checked against the change rule's form like any other form. */
  private assertChangeForm(doc: PolicyDocument, formValues: Record<string, unknown> | undefined): void {
    if (formValues === undefined) return;
    const formId = doc.changeRules.find((rule) => rule.form)?.form;
    const form = formId ? doc.forms.find((candidate) => candidate.id === formId) : undefined;
    if (!form) {
      throw new AppError('validation-failed', '本项目适用的政策没有变更单表单，请不要发送 formValues', [{ field: 'formValues', message: '本政策没有变更单表单' }]);
    }
    const issues = validateFormValues(form.schema as Record<string, unknown>, formValues).map(({ field, message }) => ({ field: `formValues.${field}`, message }));
    if (issues.length > 0) throw new AppError('validation-failed', `${form.title}有 ${issues.length} 处需要修改`, issues);
  }

  /** One approving body's opinion; the request is decided when every named body approved, or one refused. */
  async decide(actor: Actor, id: string, changeId: string, body: ChangeDecisionDto): Promise<ChangeView> {
    const reason = body.reason?.trim() ?? '';
    return this.projects.manager.transaction(async (manager) => {
      const project = await this.access.readable(actor, id, manager);
      const version = await this.policies.version(project.policyVersionId);
      const events = await this.writer.events(manager, project.id);
      const change = changeViews(events, effectiveDocument(version)).find((candidate) => candidate.id === changeId);
      if (!change) throw new AppError('not-found', `本项目没有变更申请 ${changeId}`);
      if (change.verdict.outcome !== 'allowed-after-approval') {
        throw new AppError('conflict', `该变更申请无需审批：${change.verdict.message}`);
      }
      const ability = defineAbilityFor(actor);
      const mine = change.approvals.filter(({ body: approver }) =>
        ability.can('review', subject('Step', { jurisdictionCode: project.jurisdictionCode, bodyKey: approver.catalogueKey })),
      );
      if (mine.length === 0) {
        const names = change.approvals.map((approval) => approval.body.name).join('、');
        throw new AppError('forbidden', `该变更申请须经${names}同意，当前账号所属机构不在其中`);
      }
      if (change.status !== 'pending-approval') throw new AppError('conflict', `该变更申请已办结（${STATUS_TEXT[change.status]}），不能再提出意见`);
      const approval = mine.find((candidate) => candidate.outcome === null);
      if (!approval) throw new AppError('conflict', `${mine[0]!.body.name}已就该变更申请提出意见`);
      if (body.outcome === 'refuse' && reason === '') {
        throw new AppError('validation-failed', '不同意变更须说明理由', [{ field: 'reason', message: '不同意变更须说明理由' }]);
      }
      const today = this.clock.today();
      const opinion = { changeId, body: approval.body.id, decision: body.outcome, ...(reason ? { reason } : {}) };
      const event = await this.writer.appendEvent(manager, project, CHANGE_REVIEWED, today, opinion, actor.id);
      const allApproved = change.approvals.every((candidate) => candidate.outcome === 'approve' || candidate.body.id === approval.body.id);
      if (body.outcome === 'refuse' || allApproved) {
        const result = body.outcome === 'refuse' ? 'refused' : 'approved';
        await this.writer.appendEvent(manager, project, 'changeDecided', today, { changeId, result }, actor.id);
      }
      const updated = await this.writer.storeReport(manager, project, version, event.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `change.${body.outcome}`,
        subjectType: 'Project',
        subjectId: project.id,
        before: auditState(project),
        after: auditState(updated),
        detail: { changeId, body: approval.body.catalogueKey, outcome: body.outcome, on: today, ...(reason ? { reason } : {}) },
      });
      return changeViews(await this.writer.events(manager, project.id), effectiveDocument(version)).find((candidate) => candidate.id === changeId)!;
    });
  }
}

const STATUS_TEXT = {
  'pending-approval': '等待审批',
  approved: '已同意',
  refused: '未同意',
  allowed: '无需审批，可以变更',
  'not-allowed': '超出本办法的变更规定',
} as const;
