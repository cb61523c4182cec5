import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { defineAbilityFor, ROLES, type Actor, type AppRule } from '@banfa/permissions';
import { Repository } from 'typeorm';
import { OrganisationEntity, UserEntity } from '../database/entities';

/** Who is signed in, as the web needs it: the user, the actor permissions see, and the packed CASL rules. */
export interface SessionBody {
  user: { id: string; username: string; displayName: string; role: string; roleLabel: string; organisationName: string | null };
  actor: Actor;
  /** Packed CASL rules: the web rebuilds the same ability from them. */
  rules: AppRule[];
}

/** Builds the session of a user from the database: the one shape of POST /api/auth/login and GET /api/me. */
@Injectable()
export class SessionBuilder {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async forUser(user: UserEntity): Promise<SessionBody> {
    const organisation = user.organisationId ? await this.organisations.findOneBy({ id: user.organisationId }) : null;
    const actor: Actor = {
      id: user.id,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      ...(user.organisationId ? { organisationId: user.organisationId } : {}),
      ...(organisation?.bodyKey ? { bodyKey: organisation.bodyKey } : {}),
    };
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        roleLabel: ROLES[user.role],
        organisationName: organisation?.name ?? null,
      },
      actor,
      rules: defineAbilityFor(actor).rules,
    };
  }
}

/** Whether two actors grant the same permissions (a token issued before a change of role or organisation does not). */
export function sameActor(a: Actor, b: Actor): boolean {
  return (
    a.id === b.id &&
    a.role === b.role &&
    a.jurisdictionCode === b.jurisdictionCode &&
    (a.organisationId ?? null) === (b.organisationId ?? null) &&
    (a.bodyKey ?? null) === (b.bodyKey ?? null)
  );
}
