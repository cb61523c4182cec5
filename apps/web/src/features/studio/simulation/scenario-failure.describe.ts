import type { PolicyDocument } from '@banfa/policy-model';
import { STEP_STATE } from '../../procedure/StepsTable';

/** One failed expectation, as a policy admin reads it: what, what was expected, what came. */
export interface FailureView {
  what: string;
  expected?: string;
  actual?: string;
  /** The runner's own sentence, kept when it is not one of the comparisons named here. */
  text: string;
}

const COMPARISON = /^(.+?)：期望 (.+)，实际 (.+)$/;
const OBLIGATION_STATE: Record<string, string> = { waiting: '尚未开始', open: '待办', fulfilled: '已完成', overdue: '已逾期', ended: '已结束', unknown: '视情况' };

/**
 * The runner's failure sentences (“环节 crypto-review 的状态：期望 "done"，实际 "active"”) with the document's names for
 * ids and the panel's words for states (“环节「密码应用审核」的状态：期望 已完成，实际 办理中”).
 */
export function describeFailure(text: string, doc: PolicyDocument | null): FailureView {
  const match = COMPARISON.exec(text);
  if (!match) return { what: text, text };
  const [, what = '', expectedJson = '', actualJson = ''] = match;
  const expected = readJson(expectedJson);
  const actual = readJson(actualJson);
  const steps = new Map(doc?.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)) ?? []);
  const tracks = new Map(doc?.tracks.map((track) => [track.id, track.name] as const) ?? []);
  const attachments = new Map(doc?.stages.flatMap((stage) => stage.attachments.map((attachment) => [attachment.id, attachment.name] as const)) ?? []);
  const obligations = new Map(doc?.obligations.map((obligation) => [obligation.id, obligation.name] as const) ?? []);
  const named = (names: ReadonlyMap<string, string>, id: unknown) => (typeof id === 'string' && names.has(id) ? `${names.get(id)}（${id}）` : show(id));

  const step = /^环节 (\S+) 的(状态|到期日|办理机构)$/.exec(what);
  if (step) {
    const [, id = '', aspect] = step;
    const label = `环节「${steps.get(id) ?? id}」的${aspect}`;
    if (aspect === '状态') return { what: label, expected: stateLabel(expected), actual: stateLabel(actual), text };
    return { what: label, expected: show(expected), actual: show(actual), text };
  }
  if (what === '管理方式') return { what, expected: expected === null ? '无法确定' : named(tracks, expected), actual: actual === null ? '无法确定' : named(tracks, actual), text };
  if (what === '须提交的材料' && Array.isArray(expected) && Array.isArray(actual)) {
    const missing = expected.filter((id) => !actual.includes(id));
    const extra = actual.filter((id) => !expected.includes(id));
    const list = (ids: unknown[]) => ids.map((id) => (typeof id === 'string' ? (attachments.get(id) ?? id) : show(id))).join('、');
    const parts = [missing.length > 0 ? `期望有而实际没有：${list(missing)}` : '', extra.length > 0 ? `实际多出：${list(extra)}` : ''].filter(Boolean);
    return { what, expected: list(expected), actual: parts.length > 0 ? parts.join('；') : `顺序不同：${list(actual)}`, text };
  }
  const obligation = /^义务 (\S+)$/.exec(what);
  if (obligation) {
    const id = obligation[1] ?? '';
    const value = (v: unknown) => (typeof v === 'string' && OBLIGATION_STATE[v] ? OBLIGATION_STATE[v] : show(v));
    return { what: `义务「${obligations.get(id) ?? id}」`, expected: value(expected), actual: value(actual), text };
  }
  return { what, expected: show(expected), actual: show(actual), text };
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

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
