import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DecisionReportRecord, ProjectEventView, ProjectView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { Repository } from 'typeorm';
import { DecisionReportEntity, ProjectEntity, type PolicyVersionEntity } from '../database/entities';
import { PoliciesService } from '../policies/policies.service';
import { ProjectAccess } from './project-access.service';
import { toEventView } from './project-event-payload';
import { toProjectView } from './project-view';
import { ProjectWriter } from './project-writer.service';

/** Reading projects: lists scoped in the query, one project with its report as of today, its history. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(DecisionReportEntity) private readonly reports: Repository<DecisionReportEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly writer: ProjectWriter,
  ) {}

  /**
   * The projects the actor may see, filtered in the query (never a foreign row): a department its organisation's,
   * a reviewer its jurisdiction's, an observer its province's, a platform admin all. Each submitted one with its
   * report as of today (events read in one query).
   */
  async list(actor: Actor): Promise<ProjectView[]> {
    const where = this.access.listWhere(actor);
    if (where.length === 0) return [];
    const projects = await this.projects.find({ where, order: { createdAt: 'DESC', id: 'ASC' } });
    const names = await this.access.organisationNames(projects.map((project) => project.organisationId));
    const submitted = projects.filter((project) => project.state === 'submitted').map((project) => project.id);
    const events = await this.writer.eventsOf(this.projects.manager, submitted);
    const versions = new Map<string, PolicyVersionEntity>();
    const views: ProjectView[] = [];
    for (const project of projects) {
      let version = versions.get(project.policyVersionId);
      if (!version) versions.set(project.policyVersionId, (version = await this.policies.version(project.policyVersionId)));
      // As of today, like one project read on its own: the list's overdue flags and next due items are today's.
      const report = project.state === 'submitted' ? this.writer.evaluate(project, version, events.get(project.id) ?? []) : null;
      views.push(toProjectView(project, version, names.get(project.organisationId) ?? project.organisationId, report));
    }
    return views;
  }

  /** One project; a submitted one with its report recomputed as of today (so a step past its due date shows overdue). */
  async get(actor: Actor, id: string): Promise<ProjectView> {
    const project = await this.access.readable(actor, id);
    const version = await this.policies.version(project.policyVersionId);
    const names = await this.access.organisationNames([project.organisationId]);
    const submitted = project.state === 'submitted';
    const report = submitted ? this.writer.evaluate(project, version, await this.writer.events(this.projects.manager, project.id)) : null;
    const preview = submitted ? null : this.writer.preview(project, version);
    return toProjectView(project, version, names.get(project.organisationId) ?? project.organisationId, report, preview);
  }

  /** Every report stored for the project, oldest first, with the policy version and hash each was computed with. */
  async history(actor: Actor, id: string): Promise<DecisionReportRecord[]> {
    const project = await this.access.readable(actor, id);
    const rows = await this.reports.find({ where: { projectId: project.id }, order: { computedAt: 'ASC', id: 'ASC' } });
    return rows.map(({ id: reportId, policyVersionId, policyHash, asOf, eventId, computedAt, report }) => ({
      id: reportId,
      policyVersionId,
      policyHash,
      asOf,
      eventId,
      computedAt,
      report,
    }));
  }

  async events(actor: Actor, id: string): Promise<ProjectEventView[]> {
    const project = await this.access.readable(actor, id);
    return (await this.writer.events(this.projects.manager, project.id)).map(toEventView);
  }
}
