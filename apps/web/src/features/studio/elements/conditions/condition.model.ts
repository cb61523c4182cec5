import { formatMoney, parseMoney, type ResolvedFact } from '@banfa/policy-model';
import { asList, asRecord, asText, type DataRecord } from '../fields/draft-data';

/** What a condition is: a threshold, CEL, all / any / not of conditions, or absent. */
export type ConditionMode = 'none' | 'threshold' | 'cel' | 'all' | 'any' | 'not';

export const MODE_LABEL: Readonly<Record<ConditionMode, string>> = {
  none: '无条件（始终适用）',
  threshold: '金额门槛',
  cel: '条件表达式',
  all: '全部满足（并且）',
  any: '任一满足（或者）',
  not: '并非',
};

export function modeOf(value: unknown): ConditionMode | 'unknown' {
  if (value === undefined || value === null) return 'none';
  const condition = asRecord(value);
  for (const mode of ['threshold', 'cel', 'all', 'any', 'not'] as const) if (mode in condition) return mode;
  return 'unknown';
}

const SYMBOL: Readonly<Record<string, string>> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };
const COMPARISON: Readonly<Record<string, string>> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

/**
 * The condition in another mode, keeping what it says where that is possible (a threshold as CEL over 分 and back,
 * a condition wrapped into all / any / not); `lossless` false means the switch discards something (ask first).
 */
export function convertCondition(value: unknown, mode: ConditionMode, facts: ReadonlyArray<ResolvedFact>): { value: DataRecord | undefined; lossless: boolean } {
  const from = modeOf(value);
  const current = asRecord(value);
  if (from === mode) return { value: current, lossless: true };
  switch (mode) {
    case 'none':
      return { value: undefined, lossless: from === 'none' };
    case 'threshold': {
      const threshold = from === 'cel' ? thresholdOfCel(asText(current['cel']), facts) : null;
      const fact = facts.find((candidate) => candidate.type === 'money')?.key ?? 'totalInvestment';
      return { value: { threshold: threshold ?? { fact, comparison: 'lte', amount: '', unit: '万元' } }, lossless: threshold !== null || from === 'none' };
    }
    case 'cel': {
      const cel = celOf(current, facts);
      // A threshold's ambiguity setting has no place in CEL.
      const setting = from === 'threshold' && asRecord(current['threshold'])['setting'] !== undefined;
      return { value: { cel: cel ?? '', ...(typeof current['description'] === 'string' ? { description: current['description'] } : {}) }, lossless: (cel !== null && !setting) || from === 'none' };
    }
    case 'all':
    case 'any': {
      if (from === 'all' || from === 'any') {
        const { [from]: parts, ...rest } = current;
        return { value: { [mode]: parts, ...rest }, lossless: true };
      }
      return { value: { [mode]: [...(from === 'none' ? [{ cel: '' }] : [current]), { cel: '' }] }, lossless: true };
    }
    case 'not':
      return { value: { not: from === 'none' ? { cel: '' } : current }, lossless: true };
  }
}

/** A threshold in CEL: money facts are integers of 分 there. */
export function thresholdCel(threshold: DataRecord): string | null {
  const comparison = SYMBOL[asText(threshold['comparison'])];
  const unit = asText(threshold['unit']);
  if (!comparison || (unit !== '元' && unit !== '万元')) return null;
  try {
    return `${asText(threshold['fact'])} ${comparison} ${parseMoney(asText(threshold['amount']), unit).toString()}`;
  } catch {
    return null;
  }
}

function celOf(condition: DataRecord, facts: ReadonlyArray<ResolvedFact>): string | null {
  if ('cel' in condition) return asText(condition['cel']);
  if ('threshold' in condition) return thresholdCel(asRecord(condition['threshold']));
  if ('not' in condition) {
    const inner = celOf(asRecord(condition['not']), facts);
    return inner === null ? null : `!(${inner})`;
  }
  const parts = asList(condition['all'] ?? condition['any']).map((part) => celOf(asRecord(part), facts));
  if (parts.length === 0 || parts.some((part) => part === null || part === '')) return null;
  return parts.map((part) => `(${part})`).join('all' in condition ? ' && ' : ' || ');
}

/** `totalInvestment <= 50000000` → 50万元 以下 (when the amount is a whole number of 元). */
function thresholdOfCel(cel: string, facts: ReadonlyArray<ResolvedFact>): DataRecord | null {
  const match = /^\s*([a-z][A-Za-z0-9]*)\s*(<=|<|>=|>)\s*(\d+)\s*$/.exec(cel);
  const fact = match ? facts.find((candidate) => candidate.key === match[1]) : undefined;
  if (!match || fact?.type !== 'money') return null;
  const fen = BigInt(match[3] ?? '0');
  const unit = fen % 1_000_000n === 0n ? '万元' : '元';
  return { fact: fact.key, comparison: COMPARISON[match[2] ?? ''], amount: formatMoney(fen, unit), unit };
}
