import Decimal from 'decimal.js';
import { formatCitation, formatMoney, type ChangeLimit, type PolicyDocument } from '@banfa/policy-model';
import { ConditionEvaluator } from './condition.evaluator';
import type { ProjectInput } from './project-input';

/** One line of a change list (附表3): the old and new subtotals, in 分. */
export interface ChangeLine {
  oldSubtotal?: bigint;
  newSubtotal?: bigint;
}

export interface ChangeRequest {
  /** The day the change is requested. */
  on: string;
  lines?: ReadonlyArray<ChangeLine>;
  /** The changed amount as the request states it, in 分 (for `declared` measures). */
  changedAmount?: bigint;
  /** The project's total after the change, in 分 (for total-not-above and no-increase limits). */
  newTotal?: bigint;
}

export type ChangeOutcome = 'allowed' | 'allowed-after-approval' | 'outside-regulation' | 'refused' | 'reapproval-required' | 'not-covered';

export interface LimitCheck {
  kind: ChangeLimit['kind'];
  passed: boolean | 'unknown';
  soft: boolean;
  /** "变更金额 8万元 / 合同金额 100万元 = 0.0800 ≤ 0.10" */
  text: string;
  ratio?: string;
  citeText: string;
}

export interface ChangeVerdict {
  rule: { id: string; name: string; citeText: string } | null;
  outcome: ChangeOutcome;
  approvalBy: Array<{ id: string; name: string }>;
  filedWith: Array<{ id: string; name: string }>;
  checks: LimitCheck[];
  /** The changed amount under each way of measuring it (the ambiguity A5 asks about), in 万元. */
  measures: Record<'larger-of-old-new' | 'old-plus-new' | 'net', string>;
  earlierChanges: number;
  message: string;
}

const SYMBOL = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/**
 * checkChange(policyVersion, project, change) → verdict: which change rule applies, each limit with the numbers it
 * compared (ratios to four decimals, the count of earlier changes) and its article, and what the change meets.
 */
export function checkChange(doc: PolicyDocument, project: ProjectInput, change: ChangeRequest): ChangeVerdict {
  const conditions = new ConditionEvaluator(doc, project.facts);
  const earlierChanges = project.events.filter((event) => event.kind === 'changeDecided' && event.on <= change.on).length;
  const measures = measureAll(change.lines ?? []);
  const bodies = new Map(doc.bodies.map((body) => [body.id, body.name]));
  const named = (id: string) => ({ id, name: bodies.get(id) ?? id });
  const rule = doc.changeRules.find((candidate) => {
    if (candidate.before && project.events.some((event) => event.kind === candidate.before && event.on <= change.on)) return false;
    return !candidate.when || conditions.evaluate(candidate.when, `changeRules.${candidate.id}.when`, candidate.cite).result === true;
  });
  const money = (fen: bigint) => `${formatMoney(fen, '万元')}万元`;
  const display = { 'larger-of-old-new': money(measures.larger), 'old-plus-new': money(measures.both), net: money(measures.net) };
  if (!rule) {
    return { rule: null, outcome: 'not-covered', approvalBy: [], filedWith: [], checks: [], measures: display, earlierChanges, message: '本办法没有适用于此变更的规定' };
  }
  const fact = (key: string) => {
    const value = project.facts[key];
    return typeof value === 'bigint' ? value : undefined;
  };
  const label = (key: string) => conditions.reading(key).label;

  const checks = rule.limits.map((limit): LimitCheck => {
    const citeText = formatCitation(limit.cite);
    switch (limit.kind) {
      case 'ratio': {
        const base = fact(limit.base);
        const changed =
          limit.measure === 'declared' ? change.changedAmount : { 'larger-of-old-new': measures.larger, 'old-plus-new': measures.both, net: measures.net }[limit.measure];
        if (base === undefined || changed === undefined || base === 0n) {
          return { kind: limit.kind, passed: 'unknown', soft: limit.soft, text: `缺少${base === undefined ? label(limit.base) : '变更金额'}，无法计算比例`, citeText };
        }
        const ratio = new Decimal(changed.toString()).dividedBy(base.toString());
        const passed = compare(ratio, limit.comparison, new Decimal(limit.ratio));
        return {
          kind: limit.kind,
          passed,
          soft: limit.soft,
          ratio: ratio.toFixed(4),
          text: `变更金额 ${money(changed)} / ${label(limit.base)} ${money(base)} = ${ratio.toFixed(4)} ${SYMBOL[limit.comparison]} ${limit.ratio}`,
          citeText,
        };
      }
      case 'count':
        return {
          kind: limit.kind,
          passed: earlierChanges + 1 <= limit.max,
          soft: limit.soft,
          text: `此前已变更 ${earlierChanges} 次，本次为第 ${earlierChanges + 1} 次（上限 ${limit.max} 次）`,
          citeText,
        };
      case 'total-not-above':
      case 'no-increase': {
        const base = fact(limit.base);
        if (base === undefined || change.newTotal === undefined) {
          return { kind: limit.kind, passed: 'unknown', soft: limit.soft, text: `缺少${base === undefined ? label(limit.base) : '变更后总金额'}`, citeText };
        }
        // Both keep the total at or under the base: not above the contract, or no increase over the approved amount.
        const passed = change.newTotal <= base;
        return { kind: limit.kind, passed, soft: limit.soft, text: `变更后总金额 ${money(change.newTotal)}，${label(limit.base)} ${money(base)}`, citeText };
      }
    }
  });

  const failed = checks.some((check) => check.passed === false);
  const unknown = checks.some((check) => check.passed === 'unknown');
  const outcome: ChangeOutcome = failed
    ? rule.outside === 'refused'
      ? 'refused'
      : rule.outside === 'reapproval-required'
        ? 'reapproval-required'
        : 'outside-regulation'
    : rule.approvalBy.length > 0
      ? 'allowed-after-approval'
      : 'allowed';
  const approvers = rule.approvalBy.map(named);
  const message = failed
    ? `超出${formatCitation(rule.cite)}规定的变更限制：${rule.outsideText ?? { refused: '不予变更', 'reapproval-required': '须重新论证并报批', 'referred-to-other-rules': '按其他规定办理' }[rule.outside]}`
    : `${unknown ? '（部分限制因缺少数据无法判断）' : ''}符合${formatCitation(rule.cite)}的变更限制${approvers.length > 0 ? `，须经${approvers.map((body) => body.name).join('、')}同意` : ''}`;
  return {
    rule: { id: rule.id, name: rule.name, citeText: formatCitation(rule.cite) },
    outcome,
    approvalBy: approvers,
    filedWith: rule.filedWith.map(named),
    checks,
    measures: display,
    earlierChanges,
    message,
  };
}

function measureAll(lines: ReadonlyArray<ChangeLine>): { larger: bigint; both: bigint; net: bigint } {
  let larger = 0n;
  let both = 0n;
  let net = 0n;
  for (const line of lines) {
    const before = line.oldSubtotal ?? 0n;
    const after = line.newSubtotal ?? 0n;
    larger += before > after ? before : after;
    both += before + after;
    net += after - before;
  }
  return { larger, both, net };
}

function compare(value: Decimal, comparison: 'lt' | 'lte' | 'gt' | 'gte', limit: Decimal): boolean {
  switch (comparison) {
    case 'lt':
      return value.lessThan(limit);
    case 'lte':
      return value.lessThanOrEqualTo(limit);
    case 'gt':
      return value.greaterThan(limit);
    case 'gte':
      return value.greaterThanOrEqualTo(limit);
  }
}
