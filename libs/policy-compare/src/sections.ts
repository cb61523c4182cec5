import type { ComparisonSection } from './comparison.types';

/** The sections of the configuration matrix, in order. */
export const MATRIX_SECTIONS: ReadonlyArray<ComparisonSection> = [
  { key: 'overview', label: '基本情况' },
  { key: 'thresholds', label: '管理方式与金额门槛' },
  { key: 'review', label: '审查环节与时限' },
  { key: 'deadlines', label: '期限、窗口与定期报告' },
  { key: 'changes', label: '变更限制' },
  { key: 'attachments', label: '各阶段材料' },
  { key: 'bodies', label: '审查机构' },
];

/** The sections of the outcome comparison, in order. */
export const OUTCOME_SECTIONS: ReadonlyArray<ComparisonSection> = [
  { key: 'applicability', label: '适用与管理方式' },
  { key: 'process', label: '办理程序' },
  { key: 'attachments', label: '材料' },
  { key: 'duties', label: '义务与提示' },
  { key: 'facts', label: '事实' },
];
