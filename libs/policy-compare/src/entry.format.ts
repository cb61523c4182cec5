import { formatMoney, parseMoney, type Comparison, type MoneyUnit } from '@banfa/policy-model';
import type { EntryValue } from './comparison.types';

const SYMBOL: Readonly<Record<Comparison, string>> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** "50", "1200.5": the amount in its unit without trailing zeros, exactly. */
export function normalAmount(amount: string, unit: MoneyUnit): string {
  return formatMoney(parseMoney(amount, unit), unit);
}

/** "项目总投资 ≤ 50万元（A1）" */
export function thresholdText(value: Extract<EntryValue, { kind: 'threshold' }>): string {
  return `${value.factLabel} ${SYMBOL[value.comparison]} ${value.amount}${value.unit}${value.setting ? `（${value.setting}）` : ''}`;
}

export function comparisonSymbol(comparison: Comparison): string {
  return SYMBOL[comparison];
}
