import { POLICY_STATUS_LABEL, type PolicyDocument } from '@banfa/policy-model';
import type { Finding } from './decision-report.types';

/**
 * Whether a version is in force on a date. A draft, an expired trial or a repealed version still evaluates:
 * the answer says so in a finding instead of refusing.
 */
export function applicability(doc: PolicyDocument, at: string): { inForce: boolean; reason: string; findings: Finding[] } {
  const status = POLICY_STATUS_LABEL[doc.status];
  const { from, to } = doc.effective;
  if (doc.status === 'consultation-draft') {
    const reason = `本文件为${status}，尚未生效；以下结果仅供参考`;
    return { inForce: false, reason, findings: [{ level: 'warning', code: 'not-in-force', message: reason }] };
  }
  if (doc.status === 'expired' || doc.status === 'repealed') {
    const reason = `本文件${status}；以下结果按其原规定计算`;
    return { inForce: false, reason, findings: [{ level: 'warning', code: 'not-in-force', message: reason }] };
  }
  if (from && at < from) {
    const reason = `本文件自 ${from} 起施行，${at} 尚未生效`;
    return { inForce: false, reason, findings: [{ level: 'warning', code: 'not-yet-in-force', message: reason }] };
  }
  if (to && at > to) {
    const reason = `本文件有效期至 ${to}，${at} 已过有效期`;
    return { inForce: false, reason, findings: [{ level: 'warning', code: 'expired', message: reason }] };
  }
  return { inForce: true, reason: `本文件（${status}）于 ${at} 有效`, findings: [] };
}
