import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@banfa/policy-model';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Clock } from '../calendar/clock';
import { AuditEntryEntity } from '../database/entities';

export const GENESIS_HASH = '0'.repeat(64);

/** One write to record. `before` / `after` are the subject's state (hashed, never stored). */
export interface AuditRecord {
  actorId: string | null;
  /** e.g. policy-version.publish, project.submit, step.return */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  /** A short description of the write (no secrets, no file contents). */
  detail?: Record<string, unknown>;
}

/** SM3 (GB/T 32905) of text, hex. */
export function sm3(text: string): string {
  return createHash('sm3').update(text).digest('hex');
}

/** The hash of an entry: SM3 over the previous hash and the entry's canonical fields. */
export function auditEntryHash(prevHash: string, entry: Omit<AuditEntryEntity, 'prevHash' | 'entryHash'>): string {
  const { seq, at, actorId, action, subjectType, subjectId, hashBefore, hashAfter, detail } = entry;
  return sm3(`${prevHash}\n${canonicalJson({ seq, at, actorId, action, subjectType, subjectId, hashBefore, hashAfter, detail })}`);
}

/**
 * The append-only audit log. `record` is called inside the transaction of the write it records, so a write and
 * its entry are stored together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntryEntity> {
    if (manager.connection.options.type === 'postgres') {
      // Entries are numbered and chained: one writer at a time appends (released at commit or rollback).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('banfa.audit_log'))`);
    }
    const last = await manager.findOne(AuditEntryEntity, { where: {}, order: { seq: 'DESC' } });
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      at: this.clock.now().toISOString(),
      actorId: record.actorId,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      hashBefore: record.before === undefined || record.before === null ? null : sm3(canonicalJson(record.before)),
      hashAfter: record.after === undefined || record.after === null ? null : sm3(canonicalJson(record.after)),
      detail: canonicalJson(record.detail ?? {}),
    };
    const prevHash = last?.entryHash ?? GENESIS_HASH;
    const entry = manager.create(AuditEntryEntity, { ...fields, prevHash, entryHash: auditEntryHash(prevHash, fields) });
    await manager.insert(AuditEntryEntity, entry);
    return entry;
  }
}
