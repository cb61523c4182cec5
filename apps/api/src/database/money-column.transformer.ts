import type { ValueTransformer } from 'typeorm';

/**
 * Money is stored as integer 分 in a bigint column. SQLite's driver returns a number, PostgreSQL's a string;
 * the entity always sees a decimal string of 分, so no amount ever passes through a float.
 */
export const fenColumn: ValueTransformer = {
  to: (value: string | null | undefined) => (value === null || value === undefined ? value : BigInt(value).toString()),
  from: (value: string | number | bigint | null) => {
    if (value === null) return null;
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new RangeError(`amount ${value} 分 exceeds the exact integer range`);
    }
    return BigInt(value).toString();
  },
};

/** JSON documents in a text column, portable across SQLite and PostgreSQL. */
export const jsonColumn: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : JSON.parse(value)),
};
