import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@banfa/calendar';
import { evaluate, type DecisionReport } from '@banfa/policy-runtime';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { Clock } from '../calendar/clock';
import { DecisionReportEntity, ProjectEntity, ProjectEventEntity, type PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import { eventFacts, runtimeInput, storeFacts } from './project-facts';
import type { EventPayload } from './project-event-payload';
import { draftFacts } from './project-submission';
import { asRow } from './query-row';
import { effectiveDocument } from '../policies/effective-documents.cache';

/**
 * The writes every project feature shares, always inside the caller's transaction: appending an event,
 * recomputing and storing the decision report, and updating the project under optimistic locking.
 */
@Injectable()
export class ProjectWriter {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
    private readonly policies: PoliciesService,
  ) {}

  /** The project's events in the order the runtime folds them: by day, then as recorded. */
  events(manager: EntityManager, projectId: string): Promise<ProjectEventEntity[]> {
    return manager.find(ProjectEventEntity, { where: { projectId }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
  }

  /** The events of several projects in one query, per project in the order events() gives. */
  async eventsOf(manager: EntityManager, projectIds: readonly string[]): Promise<Map<string, ProjectEventEntity[]>> {
    const byProject = new Map<string, ProjectEventEntity[]>(projectIds.map((id) => [id, []]));
    if (projectIds.length === 0) return byProject;
    const rows = await manager.find(ProjectEventEntity, { where: { projectId: In([...projectIds]) }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
    for (const row of rows) byProject.get(row.projectId)?.push(row);
    return byProject;
  }

  /**
   * The report of a project as of a day (today by default), from its stored facts and events, under its pinned
   * version (with the platform's effective window: a version ended by its successor says so in its report).
   */
  evaluate(project: ProjectEntity, version: PolicyVersionEntity, events: ReadonlyArray<ProjectEventEntity>, at = this.clock.today()): DecisionReport {
    const doc = this.policies.effectiveDocument(version);
    return evaluate(doc, runtimeInput(project, doc, events), at, { calendar: this.calendar });
  }

  /**
   * A draft's procedure as it would be if it were submitted today with what is filled in so far (under the version
   * it would be submitted under): which steps, bodies and attachments apply; 'unknown' where a fact is missing.
   */
  preview(project: ProjectEntity, version: PolicyVersionEntity, at = this.clock.today()): DecisionReport {
    const doc = this.policies.effectiveDocument(version);
    const facts = draftFacts(doc, project.formValues, project.factAnswers ?? {});
    return evaluate(doc, { facts, events: [{ kind: 'submitted', on: at }] }, at, { calendar: this.calendar });
  }

  /** Appends an event, recorded after every earlier one of the project so that events of one day keep their order. */
  async appendEvent(
    manager: EntityManager,
    project: ProjectEntity,
    kind: string,
    on: string,
    payload: EventPayload,
    actorId: string | null,
  ): Promise<ProjectEventEntity> {
    const last = await manager.findOne(ProjectEventEntity, { where: { projectId: project.id }, order: { createdAt: 'DESC' } });
    const event: ProjectEventEntity = {
      id: randomUUID(),
      projectId: project.id,
      kind,
      occurredOn: on,
      payload: payload as Record<string, unknown>,
      actorId,
      createdAt: this.after(last?.createdAt),
    };
    await manager.insert(ProjectEventEntity, asRow<ProjectEventEntity>(event));
    return event;
  }

  /** Now, or just after `previous` when the clock has not moved on: records of a project keep the order they were written in. */
  private after(previous: string | undefined): string {
    const now = this.clock.now().getTime();
    return new Date(Math.max(now, previous ? Date.parse(previous) + 1 : 0)).toISOString();
  }

  /**
   * Updates the project if nobody changed it since it was read (its lockVersion), else 409: two writers never
   * overwrite each other, and a failed write leaves nothing behind (the caller's transaction rolls back).
   */
  async update(manager: EntityManager, project: ProjectEntity, changes: Partial<ProjectEntity>): Promise<ProjectEntity> {
    const next = { ...changes, lockVersion: project.lockVersion + 1, updatedAt: this.clock.now().toISOString() };
    const result = await manager.update(ProjectEntity, { id: project.id, lockVersion: project.lockVersion }, asRow<ProjectEntity>(next));
    if (result.affected !== 1) {
      throw new AppError('conflict', '项目已被他人修改（版本不一致），请刷新后在最新内容上重新操作');
    }
    return Object.assign(Object.create(ProjectEntity.prototype) as ProjectEntity, project, next);
  }

  /**
   * Recomputes the decision report after an event, as of today, and stores it twice: as the project's latest
   * report and as a row of its history with the policy version and hash it was computed with.
   */
  async storeReport(
    manager: EntityManager,
    project: ProjectEntity,
    version: PolicyVersionEntity,
    eventId: string | null,
    changes: Partial<ProjectEntity> = {},
  ): Promise<ProjectEntity> {
    const events = await this.events(manager, project.id);
    const today = this.clock.today();
    const merged = Object.assign(Object.create(ProjectEntity.prototype) as ProjectEntity, project, changes);
    const report = this.evaluate(merged, version, events, today);
    const previous = await manager.findOne(DecisionReportEntity, { where: { projectId: project.id }, order: { computedAt: 'DESC' } });
    await manager.insert(DecisionReportEntity, {
      id: randomUUID(),
      projectId: project.id,
      policyVersionId: version.id,
      policyHash: version.contentHash,
      asOf: today,
      eventId,
      report,
      computedAt: this.after(previous?.computedAt),
    });
    return this.update(manager, project, {
      ...changes,
      facts: { ...merged.facts, ...storeFacts(eventFacts(events, effectiveDocument(version))) },
      trackId: report.track?.id ?? null,
      report,
      reportPolicyHash: version.contentHash,
    });
  }
}
