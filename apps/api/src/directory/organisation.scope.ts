import type { Actor } from '@banfa/permissions';
import { And, Equal, FindOperator, Like, type FindOptionsWhere } from 'typeorm';
import type { OrganisationEntity } from '../database/entities';
import { scopedWhere } from '../permissions/ability-where';

export interface OrganisationFilter {
  jurisdictionCode?: string;
  kind?: OrganisationEntity['kind'];
}

/**
 * The organisations an actor may read, as where clauses (null: none), narrowed by the caller's filter.
 *
 * Two things scopedWhere alone does not do here:
 * - organisations have no province column: a rule on provinceCode (observers) means the jurisdiction code starts
 *   with the province's two digits (GB/T 2260: XX0000 is the province of XXyyzz);
 * - a filter on a field the rule also constrains must narrow the rule, never replace it, so the jurisdiction
 *   filter is ANDed with the rule's own condition (a 连平 admin asking for 大石桥 gets nothing).
 */
export function organisationWhere(actor: Actor, filter: OrganisationFilter = {}): FindOptionsWhere<OrganisationEntity>[] | null {
  const clauses = scopedWhere<OrganisationEntity>(actor, 'read', 'Organisation', filter.kind ? { kind: filter.kind } : {});
  if (!clauses) return null;
  return clauses.map((clause) => {
    const { provinceCode, jurisdictionCode, ...rest } = clause as Record<string, unknown>;
    const conditions: Array<FindOperator<string>> = [];
    if (provinceCode !== undefined) {
      if (typeof provinceCode !== 'string' || !/^\d{2}0000$/.test(provinceCode)) {
        throw new Error(`organisationWhere: the condition provinceCode=${String(provinceCode)} is not translated`);
      }
      conditions.push(Like(`${provinceCode.slice(0, 2)}%`));
    }
    if (jurisdictionCode !== undefined) {
      conditions.push(jurisdictionCode instanceof FindOperator ? (jurisdictionCode as FindOperator<string>) : Equal(String(jurisdictionCode)));
    }
    if (filter.jurisdictionCode !== undefined) conditions.push(Equal(filter.jurisdictionCode));
    const [only] = conditions;
    const combined = conditions.length > 1 ? And(...conditions) : only;
    return { ...rest, ...(combined ? { jurisdictionCode: combined } : {}) } as FindOptionsWhere<OrganisationEntity>;
  });
}
