import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProjectView } from '@banfa/api-contract';
import { defineAbilityFor, subject, type Actor } from '@banfa/permissions';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { ProjectEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import type { StepActionDto } from './dto/step-action.dto';
import { ProjectAccess } from './project-access.service';
import { auditState, toProjectView } from './project-view';
import { ProjectWriter } from './project-writer.service';
import { effectiveDocument } from '../policies/effective-documents.cache';

/**
 * A review body decides on a step of a project's procedure: approve, return for correction (补正) or reject.
 * Only the body the policy assigns the step to, in the project's jurisdiction, and only while the step is active
 * in the report as of today. The decision is dated today; the runtime folds it (and a later resubmission).
 */
@Injectable()
export class StepActionsService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly writer: ProjectWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async act(actor: Actor, id: string, stepId: string, request: StepActionDto): Promise<ProjectView> {
    const reason = request.reason?.trim() ?? '';
    const saved = await this.projects.manager.transaction(async (manager) => {
      const project = await this.access.readable(actor, id, manager);
      if (project.state !== 'submitted') throw new AppError('conflict', '项目尚未提交申报，没有可办理的步骤');
      const version = await this.policies.version(project.policyVersionId);
      const report = this.writer.evaluate(project, version, await this.writer.events(manager, project.id));
      const step = report.steps.find((candidate) => candidate.id === stepId);
      if (!step) throw new AppError('not-found', `本项目的办理程序中没有步骤“${stepId}”`);
      const scope = { jurisdictionCode: project.jurisdictionCode, bodyKey: step.body.catalogueKey };
      if (!defineAbilityFor(actor).can('review', subject('Step', scope))) {
        throw new AppError('forbidden', `“${step.name}”由${step.body.name}办理，当前账号所属机构不能办理此步骤`);
      }
      const declared = effectiveDocument(version).stages.flatMap((stage) => stage.steps).find((candidate) => candidate.id === step.id);
      if (declared?.doneOn) {
        throw new AppError('conflict', `“${step.name}”在项目建设单位记录相应事件（${declared.doneOn}）时完成，无需审核`);
      }
      if (step.state !== 'active' && step.state !== 'overdue') {
        throw new AppError('conflict', `“${step.name}”当前${STATE_TEXT[step.state]}，不能办理；只能办理正在进行中的步骤`);
      }
      if (request.outcome !== 'approve' && reason === '') {
        const message = request.outcome === 'return' ? '退回补正须说明理由和需要补正的内容' : '不予通过须说明理由和依据';
        throw new AppError('validation-failed', message, [{ field: 'reason', message }]);
      }
      const today = this.clock.today();
      const payload = { step: step.id, outcome: request.outcome, ...(reason ? { reason } : {}) };
      const event = await this.writer.appendEvent(manager, project, 'stepCompleted', today, payload, actor.id);
      const updated = await this.writer.storeReport(manager, project, version, event.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `step.${request.outcome}`,
        subjectType: 'Project',
        subjectId: project.id,
        before: auditState(project),
        after: auditState(updated),
        detail: { eventId: event.id, step: step.id, body: step.body.catalogueKey, outcome: request.outcome, on: today, ...(reason ? { reason } : {}) },
      });
      return { updated, version };
    });
    const names = await this.access.organisationNames([saved.updated.organisationId]);
    return toProjectView(saved.updated, saved.version, names.get(saved.updated.organisationId) ?? saved.updated.organisationId);
  }
}

const STATE_TEXT = {
  waiting: '尚未开始（前序步骤未完成）',
  active: '正在办理',
  overdue: '已逾期',
  done: '已办结',
  skipped: '不适用于本项目',
  returned: '已退回补正，等待项目建设单位重新提交',
  rejected: '已不予通过',
} as const;
