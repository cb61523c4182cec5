import { Injectable } from '@nestjs/common';
import { nextAuditEntry, type AuditWrite } from '@banfa/audit-chain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../calendar/clock';
import { AuditEntryEntity } from '../database/entities';

/** One write to record; the time is the Clock's. `before` / `after` are the subject's state (hashed, never stored). */
export type AuditRecord = Omit<AuditWrite, 'at'>;

/**
 * The append-only audit log. `record` is called inside the transaction of the write it records, so a write and
 * its entry are stored together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction the entry could be stored without its write (or the write without it), and two
      // writers could take the same number.
      throw new Error(`AuditService.record(${record.action}) must be called with the manager of the transaction of the write it records`);
    }
    if (manager.connection.options.type === 'postgres') {
      // Entries are numbered and chained: one writer at a time appends (released at commit or rollback).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('banfa.audit_log'))`);
    }
    const last = await manager.findOne(AuditEntryEntity, { where: {}, order: { seq: 'DESC' } });
    const entry = manager.create(AuditEntryEntity, nextAuditEntry(last, { ...record, at: this.clock.now().toISOString() }));
    await manager.insert(AuditEntryEntity, entry);
    return entry;
  }
}
