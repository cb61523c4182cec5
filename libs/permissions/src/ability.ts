import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Actor } from './roles';

export type Action = 'manage' | 'read' | 'create' | 'update' | 'submit' | 'publish' | 'review';

/** Subjects are plain records tagged with their type name (CASL's `subject()` helper or `__caslSubjectType__`). */
export type Subject = 'Policy' | 'PolicyVersion' | 'Project' | 'Jurisdiction' | 'Organisation' | 'User' | 'Calendar' | 'all';

/** The fields rules are scoped by; records checked against them carry their subject type. */
export interface ScopedRecord {
  jurisdictionCode?: string;
  organisationId?: string;
  provinceCode?: string;
}

type Tagged<T> = T extends string ? ScopedRecord & ForcedSubject<T> : never;

export type AppAbility = MongoAbility<[Action, Subject | Tagged<Exclude<Subject, 'all'>>]>;
export type AppRule = RawRuleOf<AppAbility>;

/**
 * The one permission definition, used by the api (guards and queries) and by the web (what to show).
 * Deny by default: a role can do only what is written here.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  switch (actor.role) {
    case 'platform-admin':
      can('manage', 'all');
      break;
    case 'policy-admin':
      can('read', ['Policy', 'PolicyVersion', 'Jurisdiction']);
      can(['create', 'update', 'publish'], ['Policy', 'PolicyVersion'], { jurisdictionCode: actor.jurisdictionCode });
      break;
    case 'department':
      can('read', ['Policy', 'PolicyVersion', 'Jurisdiction']);
      // A department account without an organisation matches no project.
      can(['create', 'read', 'update', 'submit'], 'Project', { organisationId: actor.organisationId ?? '—' });
      break;
    case 'reviewer':
      can('read', ['Policy', 'PolicyVersion', 'Jurisdiction']);
      can('read', 'Project', { jurisdictionCode: actor.jurisdictionCode });
      can('review', 'Project', { jurisdictionCode: actor.jurisdictionCode });
      break;
    case 'provincial-observer':
      can('read', ['Policy', 'PolicyVersion', 'Jurisdiction', 'Project'], { provinceCode: actor.jurisdictionCode });
      break;
  }
  return build();
}

/** Rebuilds an ability from packed rules sent by the api. */
export function abilityFromRules(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}
