import { defineAbilityFor, type Action, type Actor, type Subject } from '@banfa/permissions';
import { And, Equal, FindOperator, In, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/**
 * Translates the actor's ability into TypeORM where clauses (CASL has no TypeORM adapter), so a list never
 * returns a row the actor may not read: null when no row is allowed, `[{}]` when every row is, else one
 * clause per rule (OR). Rules use only equality and $in on column-backed fields; anything else is refused loudly
 * rather than silently widened.
 */
export function abilityWhere<Entity extends ObjectLiteral>(
  actor: Actor,
  action: Action,
  subject: Exclude<Subject, 'all'>,
): FindOptionsWhere<Entity>[] | null {
  const rules = defineAbilityFor(actor).rulesFor(action, subject);
  if (rules.some((rule) => rule.inverted)) {
    throw new Error(`abilityWhere: 'cannot' rules for ${action} ${subject} are not translated; express them as 'can' conditions`);
  }
  if (rules.length === 0) return null;
  const clauses: FindOptionsWhere<Entity>[] = [];
  for (const rule of rules) {
    if (!rule.conditions) return [{}];
    clauses.push(toClause<Entity>(rule.conditions as Record<string, unknown>, `${action} ${subject}`));
  }
  return clauses;
}

function toClause<Entity extends ObjectLiteral>(conditions: Record<string, unknown>, what: string): FindOptionsWhere<Entity> {
  const clause: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(conditions)) {
    if (field.startsWith('$')) throw new Error(`abilityWhere: operator ${field} in ${what} is not translated`);
    if (condition !== null && typeof condition === 'object') {
      const operators = Object.keys(condition);
      const values = (condition as { $in?: unknown }).$in;
      if (operators.length !== 1 || !Array.isArray(values)) {
        throw new Error(`abilityWhere: condition on ${field} in ${what} is not translated (only equality and $in are)`);
      }
      clause[field] = In(values);
    } else {
      clause[field] = condition;
    }
  }
  return clause as FindOptionsWhere<Entity>;
}

/**
 * abilityWhere combined with a filter of the caller's (AND): the rows both allowed and asked for. A filter narrows
 * the scope and never replaces it: where both constrain the same field, both conditions must hold.
 */
export function scopedWhere<Entity extends ObjectLiteral>(
  actor: Actor,
  action: Action,
  subject: Exclude<Subject, 'all'>,
  filter: FindOptionsWhere<Entity> = {},
): FindOptionsWhere<Entity>[] | null {
  const clauses = abilityWhere<Entity>(actor, action, subject);
  if (!clauses) return null;
  return clauses.map((clause) => {
    const combined: Record<string, unknown> = { ...clause };
    for (const [field, wanted] of Object.entries(filter)) {
      const allowed = combined[field];
      combined[field] = allowed === undefined ? wanted : And(asOperator(allowed), asOperator(wanted));
    }
    return combined as FindOptionsWhere<Entity>;
  });
}

function asOperator(value: unknown): FindOperator<unknown> {
  return value instanceof FindOperator ? value : Equal(value);
}
