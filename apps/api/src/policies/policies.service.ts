import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SubmissionPolicyView } from '@banfa/api-contract';
import { factQuestionsSchema, formatCitation, POLICY_STATUS_LABEL, unboundFacts, type PolicyDocument, type PolicyForm } from '@banfa/policy-model';
import { Repository } from 'typeorm';
import { PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { contentHash } from './policy-import.service';

@Injectable()
export class PoliciesService {
  constructor(@InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>) {}

  /**
   * The version a new project of a jurisdiction is submitted under: the newest version in effect on `on`,
   * or, where none is formally in effect (a 征求意见稿 being piloted), the newest version.
   */
  async currentVersion(jurisdictionCode: string, on: string): Promise<PolicyVersionEntity> {
    const versions = await this.versions.find({ where: { jurisdictionCode }, order: { createdAt: 'DESC' } });
    const inEffect = versions.find(
      (version) =>
        version.effectiveFrom !== null &&
        version.effectiveFrom <= on &&
        (version.effectiveTo === null || on <= version.effectiveTo) &&
        !['expired', 'repealed'].includes(version.status),
    );
    const chosen = inEffect ?? versions[0];
    if (!chosen) throw new AppError('not-found', `行政区划 ${jurisdictionCode} 尚无政策文件`);
    return chosen;
  }

  /** Reads a version and checks its content against the recorded hash: a stored version never changes silently. */
  async version(id: string): Promise<PolicyVersionEntity> {
    const version = await this.versions.findOneBy({ id });
    if (!version) throw new AppError('not-found', `政策版本 ${id} 不存在`);
    if (contentHash(version.content) !== version.contentHash) {
      throw new AppError('conflict', `政策版本 ${id} 的内容与其记录的哈希不符，可能被篡改；请联系平台管理员`);
    }
    return version;
  }

  submissionView(version: PolicyVersionEntity): SubmissionPolicyView {
    const doc = version.content;
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

/**
 * The form a department fills to submit: the form of the first step completed by submission.
 * Known from the document, not from code, so every policy names its own.
 */
export function applicationForm(doc: PolicyDocument): PolicyForm {
  const formId = doc.stages.flatMap((stage) => stage.steps).find((step) => step.doneOn === 'submitted' && step.form)?.form;
  const form = doc.forms.find((candidate) => candidate.id === formId) ?? doc.forms[0];
  if (!form) throw new AppError('policy-invalid', `政策“${doc.title}”没有定义申报表单`);
  return form;
}
