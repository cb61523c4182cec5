/**
 * One entry of the audit chain: a write, numbered, and linked to the entry before it by hash.
 * entry_hash = SM3(prev_hash + "\n" + canonical JSON of the fields below), so changing, removing or reordering any
 * entry breaks the chain at that entry.
 */
export interface AuditEntryFields {
  /** 1, 2, 3 … without gaps. */
  seq: number;
  /** ISO instant of the write. */
  at: string;
  actorId: string | null;
  /** What was done, e.g. policy-version.publish, calendar.update. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** SM3 of the subject's canonical state before and after the write (null: it did not exist / no longer exists). */
  hashBefore: string | null;
  hashAfter: string | null;
  /** Canonical JSON of a short description of the write. */
  detail: string;
}

export interface AuditEntry extends AuditEntryFields {
  prevHash: string;
  entryHash: string;
}

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);
