import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SubmissionPolicyView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { applicationForm, factQuestionsSchema, formatCitation, POLICY_STATUS_LABEL, unboundFacts, type PolicyDocument } from '@banfa/policy-model';
import { Repository } from 'typeorm';
import { PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { effectiveDocument } from './effective-documents.cache';
import { assertIntact } from './policy-integrity';
import { canOnVersion, isVersionId, versionNotFound } from './policy-version.access';
import { isInForce, SUMMARY_COLUMNS } from './policy-version.views';

@Injectable()
export class PoliciesService {

  constructor(@InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>) {}

  /**
   * The version a new project of a jurisdiction is submitted under: the published version in effect on `on`
   * (by the platform's dates; one without a start date counts as in effect since always), else the newest
   * published one (a 征求意见稿 being piloted before its successor starts). Drafts never.
   */
  async currentVersion(jurisdictionCode: string, on: string): Promise<PolicyVersionEntity> {
    if (!/^\d{6}$/.test(jurisdictionCode)) {
      throw new AppError('not-found', `行政区划代码“${jurisdictionCode.slice(0, 20)}”无效：应为 6 位数字（GB/T 2260），例如 441623`);
    }
    const published = await this.versions.find({
      select: SUMMARY_COLUMNS,
      where: { jurisdictionCode, state: 'published' },
      order: { publishedAt: 'DESC', createdAt: 'DESC' },
    });
    const inForce = published
      .filter((version) => isInForce(version, on))
      .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''));
    const chosen = inForce[0] ?? published[0];
    if (!chosen) throw new AppError('not-found', `行政区划 ${jurisdictionCode} 尚无已发布的政策`);
    return this.version(chosen.id);
  }

  /**
   * Reads a version and checks its content against the recorded hash: a stored version never changes silently.
   * No permission check: callers that serve a user use `readableVersion`.
   */
  async version(id: string): Promise<PolicyVersionEntity> {
    const version = isVersionId(id) ? await this.versions.findOneBy({ id }) : null;
    if (!version) throw versionNotFound(id);
    return assertIntact(version);
  }

  /** `version`, for a user: a version they may not read is answered as not found (its existence is not revealed). */
  async readableVersion(actor: Actor, id: string): Promise<PolicyVersionEntity> {
    const version = isVersionId(id) ? await this.versions.findOneBy({ id }) : null;
    if (!version || !canOnVersion(actor, 'read', version)) throw versionNotFound(id);
    return assertIntact(version);
  }

  /**
   * The document to evaluate a project pinned to `version` with: its content with the platform's effective
   * window applied (a version ended by its successor's publication carries the end date only in its row, since
   * its content is frozen). The same object is returned for the same version, hash and window, so the runtime's
   * per-document caches (WeakMap) keep working across requests. Treat it as read-only.
   */
  effectiveDocument(version: PolicyVersionEntity): PolicyDocument {
    return effectiveDocument(version);
  }

  submissionView(version: PolicyVersionEntity): SubmissionPolicyView {
    const doc = this.effectiveDocument(version);
    const form = applicationForm(doc);
    return {
      versionId: version.id,
      policyId: doc.id,
      title: doc.title,
      versionLabel: doc.versionLabel,
      status: doc.status,
      statusLabel: POLICY_STATUS_LABEL[doc.status],
      jurisdiction: { code: doc.jurisdiction.code, name: doc.jurisdiction.name },
      applicationForm: { id: form.id, title: form.title, citeText: formatCitation(form.cite), schema: form.schema },
      factQuestions: factQuestionsSchema(unboundFacts(doc)),
    };
  }
}

/** The form a department fills to submit (the policy's own, or a generated one): see libs/policy-model. */
export { applicationForm };
