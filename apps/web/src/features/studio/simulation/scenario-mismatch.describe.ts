import type { PolicyDocument } from '@banfa/policy-model';
import type { ScenarioMismatch } from '@banfa/policy-testing';
import { STEP_STATE } from '../../procedure/StepsTable';

/** One failed expectation, as a policy admin reads it: what, what was expected, what came. */
export interface MismatchView {
  what: string;
  expected?: string;
  actual?: string;
  /** The runner's own sentence (`banfa policy test` prints it), for the tooltip. */
  text: string;
}

const OBLIGATION_STATE: Record<string, string> = { waiting: '尚未开始', open: '待办', fulfilled: '已完成', overdue: '已逾期', ended: '已结束', unknown: '视情况' };
const STEP_ASPECT = { state: '状态', dueOn: '到期日', body: '办理机构' } as const;
const CHANGE_ASPECT = { outcome: '变更结论', ratio: '变更比例', earlierChanges: '此前变更次数' } as const;

/**
 * A mismatch with the document's names for ids and the panel's words for states: “环节「密码应用审核」的状态：期望
 * 已完成，实际 办理中” where the runner says “环节 crypto-review 的状态：期望 "done"，实际 "active"”.
 */
export function describeMismatch(mismatch: ScenarioMismatch, doc: PolicyDocument | null): MismatchView {
  const { subject, expected, actual, text } = mismatch;
  const names = (entries: ReadonlyArray<readonly [string, string]> | undefined) => new Map(entries ?? []);
  const named = (map: ReadonlyMap<string, string>, id: unknown) => (typeof id === 'string' && map.has(id) ? `${map.get(id)}（${id}）` : show(id));
  switch (subject.kind) {
    case 'setup':
      return { what: text, text };
    case 'track': {
      const tracks = names(doc?.tracks.map((track) => [track.id, track.name] as const));
      const track = (id: unknown) => (id === null ? '无法确定' : named(tracks, id));
      return { what: '管理方式', expected: track(expected), actual: track(actual), text };
    }
    case 'step': {
      const steps = names(doc?.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)));
      const what = `环节「${steps.get(subject.id) ?? subject.id}」的${STEP_ASPECT[subject.aspect]}`;
      const value = subject.aspect === 'state' ? stateLabel : show;
      return { what, expected: value(expected), actual: value(actual), text };
    }
    case 'attachments': {
      const attachments = names(doc?.stages.flatMap((stage) => stage.attachments.map((attachment) => [attachment.id, attachment.name] as const)));
      const list = (ids: unknown[]) => ids.map((id) => (typeof id === 'string' ? (attachments.get(id) ?? id) : show(id))).join('、');
      if (!Array.isArray(expected) || !Array.isArray(actual)) return { what: '须提交的材料', expected: show(expected), actual: show(actual), text };
      const missing = expected.filter((id) => !actual.includes(id));
      const extra = actual.filter((id) => !expected.includes(id));
      const parts = [missing.length > 0 ? `期望有而实际没有：${list(missing)}` : '', extra.length > 0 ? `实际多出：${list(extra)}` : ''].filter(Boolean);
      return { what: '须提交的材料', expected: list(expected), actual: parts.length > 0 ? parts.join('；') : `顺序不同：${list(actual)}`, text };
    }
    case 'obligation': {
      const obligations = names(doc?.obligations.map((obligation) => [obligation.id, obligation.name] as const));
      const what = `义务「${obligations.get(subject.id) ?? subject.id}」${subject.aspect === 'earliestOn' ? '的最早日期' : ''}`;
      const value = (v: unknown) => (typeof v === 'string' && OBLIGATION_STATE[v] ? OBLIGATION_STATE[v] : show(v));
      return { what, expected: value(expected), actual: value(actual), text };
    }
    case 'gates':
      return { what: '成立的否决/门槛', expected: show(expected), actual: show(actual), text };
    case 'finding':
      return { what: `提示 ${subject.key} 的级别`, expected: show(expected), actual: show(actual), text };
    case 'formIssues':
      return { what: `表单 ${subject.form} 校验未通过的字段`, expected: show(expected), actual: show(actual), text };
    case 'change':
      return { what: CHANGE_ASPECT[subject.aspect], expected: show(expected), actual: show(actual), text };
  }
}

function stateLabel(value: unknown): string {
  if (typeof value === 'string' && value in STEP_STATE) return STEP_STATE[value as keyof typeof STEP_STATE].label;
  return show(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '无';
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.map(show).join('、') : JSON.stringify(value);
}
