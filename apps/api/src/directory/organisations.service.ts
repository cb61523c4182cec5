import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@banfa/permissions';
import { Repository } from 'typeorm';
import { JurisdictionEntity, OrganisationEntity } from '../database/entities';
import { toOrganisationView, type OrganisationView } from './organisation.view';
import { organisationWhere, type OrganisationFilter } from './organisation.scope';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
  ) {}

  /** The organisations the actor may read (filtered in the query), by jurisdiction, kind and id. */
  async list(actor: Actor, filter: OrganisationFilter): Promise<OrganisationView[]> {
    const where = organisationWhere(actor, filter);
    if (!where) return [];
    const [organisations, jurisdictions] = await Promise.all([
      this.organisations.find({ where, order: { jurisdictionCode: 'ASC', kind: 'ASC', id: 'ASC' } }),
      this.jurisdictions.find({ select: { code: true, name: true } }),
    ]);
    const names = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction.name]));
    return organisations.map((organisation) => toOrganisationView(organisation, names.get(organisation.jurisdictionCode) ?? null));
  }
}
