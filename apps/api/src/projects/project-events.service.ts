import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProjectView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { parseMoneyWithUnit } from '@banfa/policy-model';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { ProjectEntity, type PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import type { RecordEventDto } from './dto/record-event.dto';
import { ProjectAccess } from './project-access.service';
import { assertEventDate } from './project-dates';
import type { EventPayload } from './project-event-payload';
import { auditState, toProjectView } from './project-view';
import { ProjectWriter } from './project-writer.service';
import { effectiveDocument } from '../policies/effective-documents.cache';

/**
 * The dated events a department records on its submitted project (contract signed, construction completed,
 * 补正 resubmitted …). Each is checked against the project and the policy, then stored with the recomputed report.
 */
@Injectable()
export class ProjectEventsService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly writer: ProjectWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, id: string, request: RecordEventDto): Promise<ProjectView> {
    const saved = await this.projects.manager.transaction(async (manager) => {
      const project = await this.access.authorised(actor, id, 'update', '只有项目所属单位可以记录项目事件', manager);
      if (project.state !== 'submitted' || !project.submittedOn) {
        throw new AppError('conflict', '项目尚未提交申报，不能记录事件；请先提交申报');
      }
      assertEventDate('on', request.on, project.submittedOn, this.clock.today());
      const version = await this.policies.version(project.policyVersionId);
      const payload = await this.payload(project, version, request, manager);
      const event = await this.writer.appendEvent(manager, project, request.kind, request.on, payload, actor.id);
      const updated = await this.writer.storeReport(manager, project, version, event.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'project.event',
        subjectType: 'Project',
        subjectId: project.id,
        before: auditState(project),
        after: auditState(updated),
        detail: { eventId: event.id, kind: event.kind, on: event.occurredOn, ...payload },
      });
      return { updated, version };
    });
    const names = await this.access.organisationNames([saved.updated.organisationId]);
    return toProjectView(saved.updated, saved.version, names.get(saved.updated.organisationId) ?? saved.updated.organisationId);
  }

  /** The fields each kind needs, checked against the policy and the project's current state; others are refused. */
  private async payload(
    project: ProjectEntity,
    version: PolicyVersionEntity,
    request: RecordEventDto,
    manager: Parameters<ProjectWriter['events']>[0],
  ): Promise<EventPayload> {
    const { kind } = request;
    const refuseExtra = (field: 'step' | 'obligation' | 'amount', needs: string) => {
      if (request[field] !== undefined) throw new AppError('validation-failed', '请求内容不正确', [{ field, message: `只有${needs}事件需要填写 ${field}，请删除` }]);
    };
    const note = request.note?.trim() ? { note: request.note.trim() } : {};
    if (kind !== 'resubmitted' && kind !== 'stepCompleted') refuseExtra('step', '补正后重新提交（resubmitted）或本单位步骤完成（stepCompleted）');
    if (kind !== 'reportSubmitted') refuseExtra('obligation', '报送报告（reportSubmitted）');
    if (kind !== 'contractSigned') refuseExtra('amount', '签订合同（contractSigned）');

    if (kind === 'stepCompleted') {
      if (!request.step) throw invalid('step', '请填写本单位办理完成的步骤 id');
      const report = this.writer.evaluate(project, version, await this.writer.events(manager, project.id));
      const step = report.steps.find((candidate) => candidate.id === request.step);
      if (!step) throw invalid('step', `本项目的办理程序中没有步骤“${request.step}”`);
      if (step.body.catalogueKey !== APPLICANT) {
        throw new AppError('forbidden', `“${step.name}”由${step.body.name}办理，由该机构在待办中办理，项目建设单位不能代为完成`);
      }
      const declared = effectiveDocument(version).stages.flatMap((stage) => stage.steps).find((candidate) => candidate.id === step.id);
      if (declared?.doneOn) throw new AppError('conflict', `“${step.name}”在记录相应事件（${declared.doneOn}）时完成，请记录该事件`);
      if (step.state !== 'active' && step.state !== 'overdue') throw new AppError('conflict', `“${step.name}”当前不在办理中，不能记为完成`);
      const started = step.resubmittedOn ?? step.startedOn;
      if (started && request.on < started) throw invalid('on', `完成日期不能早于该步骤开始的日期 ${started}`);
      return { step: step.id, outcome: 'approve', ...note };
    }
    if (kind === 'resubmitted') {
      if (!request.step) throw invalid('step', '请填写被退回补正的步骤 id');
      const report = this.writer.evaluate(project, version, await this.writer.events(manager, project.id));
      const step = report.steps.find((candidate) => candidate.id === request.step);
      if (!step) throw invalid('step', `本项目的办理程序中没有步骤“${request.step}”`);
      if (step.state !== 'returned') {
        throw new AppError('conflict', `“${step.name}”当前不是退回补正状态，无需重新提交`);
      }
      if (step.doneOn && request.on < step.doneOn) throw invalid('on', `补正后重新提交的日期不能早于退回日期 ${step.doneOn}`);
      return { step: step.id, ...note };
    }
    if (kind === 'reportSubmitted') {
      const obligations = effectiveDocument(version).obligations;
      if (!request.obligation) throw invalid('obligation', `请填写所履行的义务 id，可选：${obligations.map((o) => `${o.id}（${o.name}）`).join('、') || '本政策没有规定义务'}`);
      if (!obligations.some((obligation) => obligation.id === request.obligation)) {
        throw invalid('obligation', `本政策没有义务“${request.obligation}”，可选：${obligations.map((o) => `${o.id}（${o.name}）`).join('、')}`);
      }
      return { obligation: request.obligation, ...note };
    }
    if (kind === 'contractSigned') {
      if (request.amount === undefined) throw invalid('amount', '请填写合同金额，带单位，例如 80万元');
      let amount: bigint | null = null;
      try {
        amount = parseMoneyWithUnit(request.amount);
      } catch {
        amount = null;
      }
      if (amount === null) throw invalid('amount', `合同金额“${request.amount}”应写成带单位的金额，精确到分，例如 80万元 或 1200.50元`);
      return { amount: request.amount.trim(), ...note };
    }
    return note;
  }
}

/** The body catalogue key of the project's own department (项目建设单位) in every policy. */
const APPLICANT = 'applicant';

function invalid(field: string, message: string): AppError {
  return new AppError('validation-failed', message, [{ field, message }]);
}
