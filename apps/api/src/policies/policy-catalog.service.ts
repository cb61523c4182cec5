import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PolicyListItemView, PolicyVersionDiffView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { In, Repository } from 'typeorm';
import { Clock } from '../calendar/clock';
import { JurisdictionEntity, PolicyEntity, PolicyVersionEntity } from '../database/entities';
import { scopedWhere } from '../permissions/ability-where';
import { PoliciesService } from './policies.service';
import { diffDocuments } from './policy-diff.adapter';
import { SUMMARY_COLUMNS, toSummaryView } from './policy-version.views';
import { effectiveDocument } from './effective-documents.cache';

/** What a user may see of policies: the list with the versions they may read, and diffs between two of them. */
@Injectable()
export class PolicyCatalogService {
  constructor(
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    @InjectRepository(PolicyEntity) private readonly policies: Repository<PolicyEntity>,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    private readonly reader: PoliciesService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<PolicyListItemView[]> {
    const where = scopedWhere<PolicyVersionEntity>(actor, 'read', 'PolicyVersion');
    if (!where) return [];
    const versions = await this.versions.find({ select: SUMMARY_COLUMNS, where, order: { createdAt: 'DESC', id: 'ASC' } });
    if (versions.length === 0) return [];
    const policyIds = [...new Set(versions.map((version) => version.policyId))];
    const policies = await this.policies.findBy({ id: In(policyIds) });
    const codes = [...new Set(policies.map((policy) => policy.jurisdictionCode))];
    const names = new Map((await this.jurisdictions.findBy({ code: In(codes) })).map((j) => [j.code, j.name]));
    const today = this.clock.today();
    return policies
      .sort((a, b) => a.jurisdictionCode.localeCompare(b.jurisdictionCode) || a.id.localeCompare(b.id))
      .map((policy) => ({
        id: policy.id,
        title: policy.title,
        jurisdiction: { code: policy.jurisdictionCode, name: names.get(policy.jurisdictionCode) ?? policy.jurisdictionCode },
        versions: versions.filter((version) => version.policyId === policy.id).map((version) => toSummaryView(version, today)),
      }));
  }

  /** The changes from `beforeId` to `afterId`; both must be readable (else 404). */
  async diff(actor: Actor, beforeId: string, afterId: string): Promise<PolicyVersionDiffView> {
    const before = await this.reader.readableVersion(actor, beforeId);
    const after = await this.reader.readableVersion(actor, afterId);
    return { beforeVersionId: before.id, afterVersionId: after.id, ...diffDocuments(effectiveDocument(before), effectiveDocument(after)) };
  }
}
