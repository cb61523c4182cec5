import type { QueryDeepPartialEntity } from 'typeorm';
import type { PolicyVersionEntity } from '../database/entities';

/**
 * Column values for an insert or a conditional update of policy_versions. TypeORM's deep-partial type cannot
 * follow the document's open JSON (form schemas are `Record<string, unknown>`); the content column is stored
 * through its JSON transformer whole, so the values are passed as they are.
 */
export function versionColumns(values: Partial<PolicyVersionEntity>): QueryDeepPartialEntity<PolicyVersionEntity> {
  return values as QueryDeepPartialEntity<PolicyVersionEntity>;
}
