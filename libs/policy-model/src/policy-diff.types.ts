import type { PolicyStatus } from './policy-document.schema';

/**
 * What a change is about, for grouping and filtering. Thresholds, deadlines and bodies are reported as such
 * wherever they sit (a track's threshold, a step's deadline, a step's reviewing body); `text` marks editorial
 * changes (quotes, encoding notes, condition descriptions, reasons) that leave the executable rules as they were.
 */
export const POLICY_CHANGE_KINDS = [
  'metadata',
  'track',
  'threshold',
  'stage',
  'step',
  'deadline',
  'body',
  'attachment',
  'change-rule',
  'change-limit',
  'obligation',
  'gate',
  'provision',
  'setting',
  'counting',
  'fact',
  'form',
  'text',
] as const;

export type PolicyChangeKind = (typeof POLICY_CHANGE_KINDS)[number];

export const POLICY_CHANGE_KIND_LABEL: Readonly<Record<PolicyChangeKind, string>> = {
  metadata: '基本信息',
  track: '管理方式',
  threshold: '门槛',
  stage: '阶段',
  step: '步骤',
  deadline: '期限',
  body: '审查机构',
  attachment: '材料',
  'change-rule': '变更规则',
  'change-limit': '变更限制',
  obligation: '义务',
  gate: '否决规则',
  provision: '条款',
  setting: '歧义设置',
  counting: '期限计算',
  fact: '事实',
  form: '表单',
  text: '文字修改',
};

/** The element of the document a change belongs to. */
export type PolicyElementKind =
  | 'metadata'
  | 'counting'
  | 'setting'
  | 'fact'
  | 'body'
  | 'track'
  | 'stage'
  | 'step'
  | 'attachment'
  | 'change-rule'
  | 'change-limit'
  | 'obligation'
  | 'gate'
  | 'provision'
  | 'form'
  | 'note';

export interface PolicyChange {
  kind: PolicyChangeKind;
  /** The element that holds the change and its id (a limit: its kind within the rule; metadata: the policy id). */
  element: PolicyElementKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** Where, with elements named by id: `steps[funding-review].deadline`, `tracks[filing].when.threshold`. */
  path: string;
  /** The values as people read them (money in 万元/元, bodies by name, conditions as text); absent when there is none. */
  before?: string;
  after?: string;
  /** The article of the element (第十二条): from the later version, or the earlier one when the element is removed. */
  citeText: string;
  /** One sentence, e.g. "第十二条 备案制门槛：50万元 → 100万元". */
  sentence: string;
}

export interface PolicyVersionInfo {
  id: string;
  jurisdiction: { code: string; name: string };
  title: string;
  versionLabel: string;
  status: PolicyStatus;
}

export interface PolicyDiffSummary {
  total: number;
  /** Changes of kind `text`, which leave the rules as they were. */
  editorial: number;
  /** Counts by kind, in the order of POLICY_CHANGE_KINDS; kinds without changes are left out. */
  byKind: Partial<Record<PolicyChangeKind, number>>;
}

export interface PolicyDiff {
  before: PolicyVersionInfo;
  after: PolicyVersionInfo;
  /** True when there is no change at all, editorial ones included. */
  identical: boolean;
  changes: PolicyChange[];
  summary: PolicyDiffSummary;
}
