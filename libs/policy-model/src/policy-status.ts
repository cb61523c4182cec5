import type { PolicyStatus } from './policy-document.schema';

/** The statuses regulations carry, as their texts name them. */
export const POLICY_STATUS_LABEL: Readonly<Record<PolicyStatus, string>> = {
  'consultation-draft': '征求意见稿',
  trial: '试行',
  interim: '暂行',
  'in-force': '现行有效',
  expired: '已失效',
  repealed: '已废止',
};
