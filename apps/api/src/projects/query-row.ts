import type { QueryDeepPartialEntity } from 'typeorm';

/**
 * An entity (or some of its fields) as insert/update take them. TypeORM's deep-partial type cannot see through
 * JSON columns typed Record<string, unknown>; their transformer stores them as text.
 */
export function asRow<T>(value: Partial<T>): QueryDeepPartialEntity<T> {
  return value as QueryDeepPartialEntity<T>;
}
