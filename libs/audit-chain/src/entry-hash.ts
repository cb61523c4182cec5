import { GENESIS_HASH, type AuditEntry, type AuditEntryFields } from './audit-entry';
import { chainJson } from './chain-json';
import { sm3 } from './sm3';

/** The hash of an entry: SM3 over the previous hash and the entry's canonical fields. */
export function auditEntryHash(prevHash: string, entry: AuditEntryFields): string {
  const { seq, at, actorId, action, subjectType, subjectId, hashBefore, hashAfter, detail } = entry;
  return sm3(`${prevHash}\n${chainJson({ seq, at, actorId, action, subjectType, subjectId, hashBefore, hashAfter, detail })}`);
}

/** The hash of a subject's state (its canonical JSON); null when there is no state. */
export function stateHash(state: unknown): string | null {
  return state === undefined || state === null ? null : sm3(chainJson(state));
}

/** A write to append: the subject's state before and after is hashed, never stored. */
export interface AuditWrite {
  at: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  /** A short description of the write (no secrets, no file contents). */
  detail?: Record<string, unknown>;
}

/** The entry that follows `last` (null for the first entry of the chain). */
export function nextAuditEntry(last: Pick<AuditEntry, 'seq' | 'entryHash'> | null, write: AuditWrite): AuditEntry {
  const fields: AuditEntryFields = {
    seq: (last?.seq ?? 0) + 1,
    at: write.at,
    actorId: write.actorId,
    action: write.action,
    subjectType: write.subjectType,
    subjectId: write.subjectId,
    hashBefore: stateHash(write.before),
    hashAfter: stateHash(write.after),
    detail: chainJson(write.detail ?? {}),
  };
  const prevHash = last?.entryHash ?? GENESIS_HASH;
  return { ...fields, prevHash, entryHash: auditEntryHash(prevHash, fields) };
}
