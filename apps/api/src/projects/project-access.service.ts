import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { defineAbilityFor, subject, type Action, type Actor } from '@banfa/permissions';
import { In, type EntityManager, type FindOptionsWhere, Repository } from 'typeorm';
import { OrganisationEntity, ProjectEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { scopedWhere } from '../permissions/ability-where';

/** The fields permissions scope a project by (and its attachments, which share them). */
export function projectScope(project: ProjectEntity): { organisationId: string; jurisdictionCode: string; provinceCode: string | null } {
  return { organisationId: project.organisationId, jurisdictionCode: project.jurisdictionCode, provinceCode: project.provinceCode };
}

/**
 * Row-level access to projects. A draft is the department's work in progress: only those who may edit it see it;
 * a submitted project is seen by everyone whose ability reads it. A project the actor may not read does not exist
 * for them (404), so ids of other organisations' projects reveal nothing.
 */
@Injectable()
export class ProjectAccess {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  can(actor: Actor, action: Action, project: ProjectEntity, type: 'Project' | 'Attachment' = 'Project'): boolean {
    return defineAbilityFor(actor).can(action, subject(type, projectScope(project)));
  }

  canRead(actor: Actor, project: ProjectEntity, type: 'Project' | 'Attachment' = 'Project'): boolean {
    return this.can(actor, 'read', project, type) && (project.state === 'submitted' || this.can(actor, 'update', project, type));
  }

  async readable(actor: Actor, id: string, manager?: EntityManager, type: 'Project' | 'Attachment' = 'Project'): Promise<ProjectEntity> {
    const project = await (manager ? manager.findOneBy(ProjectEntity, { id }) : this.projects.findOneBy({ id }));
    if (!project || !this.canRead(actor, project, type)) throw new AppError('not-found', `项目 ${id} 不存在或无权查看`);
    return project;
  }

  /** A project the actor may read and act on: 404 when it may not read it, 403 with `refusal` when it may not act. */
  async authorised(
    actor: Actor,
    id: string,
    action: Action,
    refusal: string,
    manager?: EntityManager,
    type: 'Project' | 'Attachment' = 'Project',
  ): Promise<ProjectEntity> {
    const project = await this.readable(actor, id, manager, type);
    if (!this.can(actor, action, project, type)) throw new AppError('forbidden', refusal);
    return project;
  }

  /** Where clauses of the projects an actor may list: the submitted ones it may read, the drafts it may edit. */
  listWhere(actor: Actor, filter: FindOptionsWhere<ProjectEntity> = {}): FindOptionsWhere<ProjectEntity>[] {
    return [
      ...(scopedWhere<ProjectEntity>(actor, 'read', 'Project', { ...filter, state: 'submitted' }) ?? []),
      ...(filter.state === 'submitted' ? [] : (scopedWhere<ProjectEntity>(actor, 'update', 'Project', { ...filter, state: 'draft' }) ?? [])),
    ];
  }

  async organisationNames(ids: ReadonlyArray<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.organisations.findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
