import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Actor } from './roles';

export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'submit'
  | 'publish'
  | 'review'
  | 'verify';

/**
 * What permissions are about. `Step` is a step of a project's procedure as seen by the body that works it;
 * `AuditLog` is the chained log of writes; `Calendar` the official working-day calendar and its overrides.
 */
export type Subject =
  | 'Jurisdiction'
  | 'Organisation'
  | 'User'
  | 'Policy'
  | 'PolicyVersion'
  | 'Project'
  | 'Step'
  | 'Attachment'
  | 'Calendar'
  | 'AuditLog'
  | 'all';

/** The fields rules are scoped by; they are columns of the records they scope, so rules translate into queries. */
export interface ScopedRecord {
  jurisdictionCode?: string;
  provinceCode?: string | null;
  organisationId?: string;
  /** Body catalogue key of the body a step is assigned to. */
  bodyKey?: string;
  /** Policy versions: 'draft' | 'published'. */
  state?: string;
}

type Tagged<T> = T extends string ? ScopedRecord & ForcedSubject<T> : never;

export type AppAbility = MongoAbility<[Action, Subject | Tagged<Exclude<Subject, 'all'>>]>;
export type AppRule = RawRuleOf<AppAbility>;

const NOTHING = '—';

/**
 * The one permission definition, used by the api (guards, and lists through query conditions) and by the web
 * (what to show). Deny by default: a role can do only what is written here. Conditions only use equality on
 * fields that are columns, so the api can translate them into WHERE clauses.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const published = { state: 'published' };
  switch (actor.role) {
    case 'platform-admin':
      can('manage', 'all');
      break;
    case 'policy-admin':
      // Authors and publishes its own jurisdiction's policies only; reads every published regulation.
      can('read', ['Jurisdiction', 'Calendar']);
      can('read', 'Organisation', { jurisdictionCode: actor.jurisdictionCode });
      can('read', ['Policy', 'PolicyVersion'], published);
      can(['read', 'create', 'update', 'publish'], ['Policy', 'PolicyVersion'], {
        jurisdictionCode: actor.jurisdictionCode,
      });
      break;
    case 'department':
      // Its own organisation's projects, under the published policies.
      can('read', ['Jurisdiction', 'Calendar']);
      can('read', ['Policy', 'PolicyVersion'], published);
      can(['create', 'read', 'update', 'submit'], ['Project', 'Attachment'], { organisationId: actor.organisationId ?? NOTHING });
      break;
    case 'reviewer':
      // Reads the projects of its jurisdiction; acts only on the steps assigned to its own body there.
      can('read', ['Jurisdiction', 'Calendar']);
      can('read', ['Policy', 'PolicyVersion'], published);
      can('read', ['Project', 'Attachment'], { jurisdictionCode: actor.jurisdictionCode });
      can(['read', 'review'], 'Step', { jurisdictionCode: actor.jurisdictionCode, bodyKey: actor.bodyKey ?? NOTHING });
      break;
    case 'provincial-observer':
      // Reads everything under its province, writes nothing.
      can('read', ['Jurisdiction', 'Calendar']);
      can('read', ['Policy', 'PolicyVersion'], published);
      can('read', ['Policy', 'PolicyVersion', 'Project', 'Attachment', 'Step', 'Organisation'], { provinceCode: actor.jurisdictionCode });
      break;
  }
  return build();
}

/** Rebuilds an ability from packed rules sent by the api. */
export function abilityFromRules(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}
