import type { AuditEntry } from './audit-entry';

/** A row of the audit_log table as a database driver returns it (snake_case columns). */
export interface AuditRow {
  seq: number | string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  hash_before: string | null;
  hash_after: string | null;
  detail: string;
  prev_hash: string;
  entry_hash: string;
}

/** The columns of audit_log, in the order they are selected. */
export const AUDIT_COLUMNS = 'seq, at, actor_id, action, subject_type, subject_id, hash_before, hash_after, detail, prev_hash, entry_hash';

/** An entry from a row read with plain SQL (the CLI reads the table without TypeORM). */
export function auditEntryFromRow(row: AuditRow): AuditEntry {
  return {
    // PostgreSQL returns bigint as text; the chain hashes the number.
    seq: typeof row.seq === 'string' ? Number(row.seq) : row.seq,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    hashBefore: row.hash_before,
    hashAfter: row.hash_after,
    detail: row.detail,
    prevHash: row.prev_hash,
    entryHash: row.entry_hash,
  };
}
