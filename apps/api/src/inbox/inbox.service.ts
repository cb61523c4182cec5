import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { InboxItem } from '@banfa/api-contract';
import { WorkingCalendar } from '@banfa/calendar';
import { defineAbilityFor, subject, type Actor } from '@banfa/permissions';
import { formatMoney } from '@banfa/policy-model';
import { In, Repository } from 'typeorm';
import { Clock } from '../calendar/clock';
import { ProjectEntity, ProjectEventEntity, type PolicyVersionEntity } from '../database/entities';
import { scopedWhere } from '../permissions/ability-where';
import { PoliciesService } from '../policies/policies.service';
import { ProjectAccess } from '../projects/project-access.service';
import { changeViews } from '../projects/project-changes';
import { CHANGE_REVIEWED } from '../projects/project-event-payload';
import { effectiveDocument } from '../policies/effective-documents.cache';

const CHANGE_KINDS = ['changeRequested', CHANGE_REVIEWED, 'changeDecided'];
const CHUNK = 500;

/**
 * A review body's work: the steps active in its jurisdiction's projects that the policy assigns to its body, and
 * the change requests waiting for its approval, soonest due first. Items are exactly what the actor may act on
 * (ability 'review' on the step's body), so a platform admin sees every body's work and other roles nothing.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(ProjectEventEntity) private readonly events: Repository<ProjectEventEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  async items(actor: Actor): Promise<InboxItem[]> {
    const where = scopedWhere<ProjectEntity>(actor, 'read', 'Project', { state: 'submitted' });
    if (!where || where.length === 0) return [];
    const projects = await this.projects.find({ where });
    const ability = defineAbilityFor(actor);
    const today = this.clock.today();
    const names = await this.access.organisationNames(projects.map((project) => project.organisationId));
    const changeEvents = await this.changeEvents(projects.map((project) => project.id));
    const versions = new Map<string, PolicyVersionEntity>();
    const items: InboxItem[] = [];
    for (const project of projects) {
      let version = versions.get(project.policyVersionId);
      if (!version) versions.set(project.policyVersionId, (version = await this.policies.version(project.policyVersionId)));
      const mayReview = (bodyKey: string) => ability.can('review', subject('Step', { jurisdictionCode: project.jurisdictionCode, bodyKey }));
      const fen = project.totalInvestmentFen;
      const about = {
        id: project.id,
        name: project.name,
        organisationName: names.get(project.organisationId) ?? project.organisationId,
        jurisdictionCode: project.jurisdictionCode,
        totalInvestment: fen === null ? null : formatMoney(BigInt(fen), '万元'),
      };
      // Steps completed by an event of the department (doneOn) are not any body's to decide.
      const decidedByEvent = new Set(effectiveDocument(version).stages.flatMap((stage) => stage.steps).filter((step) => step.doneOn).map((step) => step.id));
      for (const step of project.report?.steps ?? []) {
        if ((step.state !== 'active' && step.state !== 'overdue') || decidedByEvent.has(step.id) || !mayReview(step.body.catalogueKey)) continue;
        const dueOn = step.deadline?.dueOn ?? null;
        items.push({
          kind: 'step',
          project: about,
          body: step.body,
          step: {
            id: step.id,
            name: step.name,
            stage: step.stage.name,
            state: dueOn !== null && dueOn < today ? 'overdue' : 'active',
            startedOn: step.startedOn ?? null,
            resubmittedOn: step.resubmittedOn ?? null,
          },
          ...this.due(dueOn, today),
          deadlineText: step.deadline?.text ?? null,
          soft: step.deadline?.soft ?? false,
          provisional: step.deadline?.provisional ?? false,
          citeText: step.citeText,
        });
      }
      const changes = changeViews(changeEvents.get(project.id) ?? [], effectiveDocument(version)).filter((change) => change.status === 'pending-approval');
      for (const change of changes) {
        for (const approval of change.approvals.filter((candidate) => candidate.outcome === null && mayReview(candidate.body.catalogueKey))) {
          items.push({
            kind: 'change',
            project: about,
            body: approval.body,
            change: { id: change.id, requestedOn: change.requestedOn, message: change.verdict.message },
            ...this.due(null, today),
            deadlineText: null,
            soft: false,
            provisional: false,
            citeText: change.verdict.rule?.citeText ?? '',
          });
        }
      }
    }
    return items.sort(
      (a, b) =>
        (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
        a.project.name.localeCompare(b.project.name, 'zh-CN') ||
        a.project.id.localeCompare(b.project.id),
    );
  }

  /** Working days left until the due date (negative once overdue), on the official calendar. */
  private due(dueOn: string | null, today: string): Pick<InboxItem, 'dueOn' | 'workingDaysLeft' | 'overdue'> {
    if (dueOn === null) return { dueOn: null, workingDaysLeft: null, overdue: false };
    return { dueOn, workingDaysLeft: this.calendar.workingDaysBetween(today, dueOn).days, overdue: dueOn < today };
  }

  private async changeEvents(projectIds: string[]): Promise<Map<string, ProjectEventEntity[]>> {
    const byProject = new Map<string, ProjectEventEntity[]>();
    for (let start = 0; start < projectIds.length; start += CHUNK) {
      const rows = await this.events.find({
        where: { projectId: In(projectIds.slice(start, start + CHUNK)), kind: In(CHANGE_KINDS) },
        order: { occurredOn: 'ASC', createdAt: 'ASC' },
      });
      for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
    }
    return byProject;
  }
}
