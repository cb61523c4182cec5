import { POLICY_STATUS_LABEL, type PolicyDocument } from '@banfa/policy-model';
import type { DecisionReport, Finding } from './decision-report.types';

export interface Applicability {
  /** As the report shows it. */
  readonly report: DecisionReport['applicability'];
  /** The finding that says the version is not in force on the day, if it is not. */
  readonly finding: Finding | undefined;
}

/**
 * Whether a version is in force on a date. A draft, an expired trial or a repealed version still evaluates:
 * the answer says so in a finding instead of refusing. Compiled once per document: a status that decides alone
 * (a draft, an expired or repealed version) gives one answer, frozen and shared by every report.
 */
export function applicabilityOf(doc: PolicyDocument): (at: string) => Applicability {
  const status = POLICY_STATUS_LABEL[doc.status];
  const { from, to } = doc.effective;
  if (doc.status === 'consultation-draft') return fixed(`本文件为${status}，尚未生效；以下结果仅供参考`, 'not-in-force');
  if (doc.status === 'expired' || doc.status === 'repealed') return fixed(`本文件${status}；以下结果按其原规定计算`, 'not-in-force');
  return (at) => {
    if (from && at < from) return notInForce(`本文件自 ${from} 起施行，${at} 尚未生效`, 'not-yet-in-force');
    if (to && at > to) return notInForce(`本文件有效期至 ${to}，${at} 已过有效期`, 'expired');
    return { report: { inForce: true, reason: `本文件（${status}）于 ${at} 有效` }, finding: undefined };
  };
}

function fixed(reason: string, code: string): () => Applicability {
  const { report, finding } = notInForce(reason, code);
  const answer: Applicability = Object.freeze({ report: Object.freeze(report), finding: Object.freeze(finding) });
  return () => answer;
}

function notInForce(reason: string, code: string): { report: DecisionReport['applicability']; finding: Finding } {
  return { report: { inForce: false, reason }, finding: { level: 'warning', code, message: reason } };
}
