import type { AuditEntryEntity, UserEntity } from '../database/entities';

/** An audit entry as GET /api/audit lists it: the stored fields, the detail as data, who the actor was. */
export interface AuditEntryView {
  seq: number;
  at: string;
  actor: { id: string; username: string | null; displayName: string | null } | null;
  action: string;
  subjectType: string;
  subjectId: string;
  hashBefore: string | null;
  hashAfter: string | null;
  detail: unknown;
  prevHash: string;
  entryHash: string;
}

export function toAuditEntryView(entry: AuditEntryEntity, users: ReadonlyMap<string, Pick<UserEntity, 'username' | 'displayName'>>): AuditEntryView {
  const user = entry.actorId ? users.get(entry.actorId) : undefined;
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actorId ? { id: entry.actorId, username: user?.username ?? null, displayName: user?.displayName ?? null } : null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    hashBefore: entry.hashBefore,
    hashAfter: entry.hashAfter,
    detail: parseDetail(entry.detail),
    prevHash: entry.prevHash,
    entryHash: entry.entryHash,
  };
}

/** The stored detail is canonical JSON; a row changed by hand may hold anything, shown as it is. */
function parseDetail(detail: string): unknown {
  try {
    return JSON.parse(detail);
  } catch {
    return detail;
  }
}
