import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-entry';
import { auditEntryHash, nextAuditEntry, stateHash } from './entry-hash';
import { sm3 } from './sm3';

describe('audit entry hash', () => {
  it('is SM3 as GB/T 32905 defines it', () => {
    // The standard's example A.1: SM3("abc").
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('keeps the hash of stored entries stable (a changed encoding would break every existing chain)', () => {
    const entry = nextAuditEntry(null, {
      at: '2025-09-30T01:00:00.000Z',
      actorId: 'u-admin',
      action: 'calendar.update',
      subjectType: 'Calendar',
      subjectId: '2025',
      after: { published: true, overrides: [] },
      detail: { year: 2025, overrides: 0 },
    });
    expect(entry).toEqual({
      seq: 1,
      at: '2025-09-30T01:00:00.000Z',
      actorId: 'u-admin',
      action: 'calendar.update',
      subjectType: 'Calendar',
      subjectId: '2025',
      hashBefore: null,
      hashAfter: '1c6e2fb48b50c097c64a4392852927ad133435208baced1765c376787d46a7d5',
      detail: '{"overrides":0,"year":2025}',
      prevHash: GENESIS_HASH,
      // Computed by the api's first implementation of the chain.
      entryHash: '9ab4449c33082d61810a238925091ba532d1e2abf1b1454d3b4085e6199f9dd1',
    });
  });

  it('links each entry to the one before and numbers them', () => {
    const write = { at: '2025-10-01T00:00:00.000Z', actorId: null, action: 'x', subjectType: 'T', subjectId: '1' };
    const first = nextAuditEntry(null, write);
    const second = nextAuditEntry(first, write);
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.entryHash);
    expect(second.entryHash).toBe(auditEntryHash(first.entryHash, second));
    expect(second.entryHash).not.toBe(first.entryHash);
  });

  it('hashes a state whatever the order of its keys, and no state as null', () => {
    expect(stateHash({ a: 1, b: [{ d: 2, c: 3 }] })).toBe(stateHash({ b: [{ c: 3, d: 2 }], a: 1 }));
    expect(stateHash(undefined)).toBeNull();
    expect(stateHash(null)).toBeNull();
  });
});
