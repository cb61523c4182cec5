import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProjectView, SubmitProjectRequest } from '@banfa/api-contract';
import { WorkingCalendar } from '@banfa/calendar';
import { defineAbilityFor, subject, type Actor } from '@banfa/permissions';
import {
  extractFacts,
  factQuestionsSchema,
  formatMoney,
  resolveFacts,
  unboundFacts,
  validateFormValues,
  type FactValue,
  type ProjectEvent,
} from '@banfa/policy-model';
import { evaluate } from '@banfa/policy-runtime';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock } from '../calendar/clock';
import { OrganisationEntity, ProjectEntity, ProjectEventEntity, type PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { applicationForm, PoliciesService } from '../policies/policies.service';

@Injectable()
export class ProjectsService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly policies: PoliciesService,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  /**
   * A department submits a project: the server validates the submission against the same Formily schema the
   * browser rendered, reads the facts, pins the policy version, records the submission and stores the
   * runtime's decision report. Nothing is stored when anything fails.
   */
  async submit(actor: Actor, request: SubmitProjectRequest): Promise<ProjectView> {
    const organisation = actor.organisationId ? await this.organisations.findOneBy({ id: actor.organisationId }) : null;
    const ability = defineAbilityFor(actor);
    if (!organisation || !ability.can('submit', subject('Project', { organisationId: organisation.id }))) {
      throw new AppError('forbidden', '只有项目建设单位的用户可以申报项目');
    }
    const version = await this.policies.version(request.policyVersionId);
    if (version.jurisdictionCode !== organisation.jurisdictionCode) {
      throw new AppError('forbidden', `本单位属于行政区划 ${organisation.jurisdictionCode}，不能按 ${version.content.jurisdiction.name}的政策申报`);
    }
    const doc = version.content;
    const form = applicationForm(doc);
    const questions = factQuestionsSchema(unboundFacts(doc));
    const issues = [
      ...validateFormValues(form.schema, request.formValues).map((issue) => ({ ...issue, field: `formValues.${issue.field}` })),
      ...validateFormValues(questions, request.factAnswers).map((issue) => ({ ...issue, field: `factAnswers.${issue.field}` })),
    ];
    if (issues.length > 0) {
      throw new AppError('validation-failed', `申报内容有 ${issues.length} 处需要修改`, issues.map(({ field, message }) => ({ field, message })));
    }
    const facts = resolveFacts(doc);
    const values = { ...extractFacts(form.schema, request.formValues, facts), ...extractFacts(questions, request.factAnswers, facts) };
    const today = this.clock.today();
    const events: ProjectEvent[] = [{ kind: 'submitted', on: today }];
    const report = evaluate(doc, { facts: values, events }, today, { calendar: this.calendar });
    const total = values['totalInvestment'];

    const project: ProjectEntity = this.projects.create({
      id: randomUUID(),
      policyVersionId: version.id,
      organisationId: organisation.id,
      jurisdictionCode: organisation.jurisdictionCode,
      provinceCode: `${organisation.jurisdictionCode.slice(0, 2)}0000`,
      state: 'submitted',
      factAnswers: request.factAnswers,
      createdBy: actor.id,
      name: typeof values['projectName'] === 'string' ? values['projectName'] : '未命名项目',
      totalInvestmentFen: typeof total === 'bigint' ? total.toString() : null,
      formValues: request.formValues,
      facts: storeFacts(values),
      trackId: report.track?.id ?? null,
      report,
      reportPolicyHash: version.contentHash,
      submittedOn: today,
      createdAt: this.clock.now().toISOString(),
    });
    await this.projects.manager.transaction(async (manager) => {
      await manager.save(ProjectEntity, project);
      await manager.insert(ProjectEventEntity, {
        id: randomUUID(),
        projectId: project.id,
        kind: 'submitted',
        occurredOn: today,
        payload: {},
        actorId: actor.id,
        createdAt: this.clock.now().toISOString(),
      });
    });
    return this.get(actor, project.id);
  }

  async get(actor: Actor, id: string): Promise<ProjectView> {
    const project = await this.projects.findOneBy({ id });
    if (!project || !defineAbilityFor(actor).can('read', subject('Project', { ...project }))) {
      throw new AppError('not-found', `项目 ${id} 不存在或无权查看`);
    }
    return toView(project, await this.policies.version(project.policyVersionId));
  }

  async listMine(actor: Actor): Promise<ProjectView[]> {
    if (!actor.organisationId) return [];
    const projects = await this.projects.find({ where: { organisationId: actor.organisationId }, order: { createdAt: 'DESC' } });
    const versions = new Map<string, PolicyVersionEntity>();
    const views: ProjectView[] = [];
    for (const project of projects) {
      let version = versions.get(project.policyVersionId);
      if (!version) versions.set(project.policyVersionId, (version = await this.policies.version(project.policyVersionId)));
      views.push(toView(project, version));
    }
    return views;
  }
}

function storeFacts(values: Record<string, FactValue>): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]));
}

function toView(project: ProjectEntity, version: PolicyVersionEntity): ProjectView {
  const fen = project.totalInvestmentFen;
  return {
    id: project.id,
    name: project.name,
    totalInvestment: fen === null ? null : formatMoney(BigInt(fen), '万元'),
    totalInvestmentFen: fen,
    formValues: project.formValues,
    policy: { versionId: version.id, title: version.content.title, versionLabel: version.versionLabel, contentHash: version.contentHash },
    submittedOn: project.submittedOn,
    report: project.report,
  };
}
