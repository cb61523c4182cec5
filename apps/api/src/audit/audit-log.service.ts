import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditChainVerifier, type AuditChainReport } from '@banfa/audit-chain';
import { In, LessThan, MoreThan, Repository, type FindOptionsWhere } from 'typeorm';
import { AuditEntryEntity, UserEntity } from '../database/entities';
import { toAuditEntryView, type AuditEntryView } from './audit-entry.view';

/** Entries read per query when verifying: the chain is checked page by page, never held whole in memory. */
const PAGE = 1000;

export interface AuditListQuery {
  subjectType?: string;
  subjectId?: string;
  limit: number;
  before?: number;
}

/** Reading the audit log: entries of a subject, and the verification of the whole chain. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async list(query: AuditListQuery): Promise<AuditEntryView[]> {
    const where: FindOptionsWhere<AuditEntryEntity> = {
      ...(query.subjectType !== undefined ? { subjectType: query.subjectType } : {}),
      ...(query.subjectId !== undefined ? { subjectId: query.subjectId } : {}),
      ...(query.before !== undefined ? { seq: LessThan(query.before) } : {}),
    };
    const entries = await this.entries.find({ where, order: { seq: 'DESC' }, take: query.limit });
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
    const users = actorIds.length > 0 ? await this.users.find({ where: { id: In(actorIds) }, select: { id: true, username: true, displayName: true } }) : [];
    const byId = new Map(users.map((user) => [user.id, user]));
    return entries.map((entry) => toAuditEntryView(entry, byId));
  }

  /** Verifies the chain in the order it is stored (by seq), exactly as `banfa audit verify` does. */
  async verify(): Promise<AuditChainReport> {
    const verifier = new AuditChainVerifier();
    let after: number | null = null;
    for (;;) {
      const page = await this.entries.find({ where: after === null ? {} : { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: PAGE });
      for (const entry of page) verifier.add(entry);
      const last = page.at(-1);
      if (page.length < PAGE || !last) break;
      after = last.seq;
    }
    return verifier.report();
  }
}
