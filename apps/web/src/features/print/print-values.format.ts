import { formatMoney, parseMoney, type MoneyUnit } from '@banfa/policy-model';

/**
 * How filled-in values read on the paper form: the labels of choices, dates as 2025年10月14日, a year and month
 * as 2026年3月, amounts exactly as typed with their unit. Blank values print the paper's own blanks
 * (__年__月, ____万元, in ideographic spaces) so the form can still be completed by hand.
 */

/** An ideographic space: the width of one Chinese character, as the paper's blanks use. */
export const BLANK = '\u3000';

export interface ChoiceOption {
  label: string;
  value: unknown;
}

const MONTH = /^(\d{4})-(\d{1,2})$/;
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;

/** 2026-03 → 2026年3月 (anything else is returned unchanged). */
export function formatYearMonth(value: string): string {
  const match = MONTH.exec(value.trim());
  return match ? `${match[1]}年${Number(match[2])}月` : value;
}

/** 2025-10-14 (or an ISO timestamp of that day) → 2025年10月14日 (anything else is returned unchanged). */
export function formatDay(value: string): string {
  const match = DATE.exec(value.trim());
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : value;
}

/** The paper's blank date: __年__月__日. */
export const BLANK_DATE = `${BLANK}${BLANK}年${BLANK}${BLANK}月${BLANK}${BLANK}日`;
/** The paper's blank year and month: __年__月. */
export const BLANK_MONTH = `${BLANK}${BLANK}年${BLANK}${BLANK}月`;

/** Whether a field has nothing to print. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The label of a choice's value, or the value itself when the schema lists no such option. */
export function choiceLabel(options: readonly ChoiceOption[], value: unknown): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? option.label : plainText(value);
}

/** Any value as plain text (booleans as 是/否, lists joined with 、). Never arithmetic: amounts stay as typed. */
export function plainText(value: unknown): string {
  if (isBlank(value)) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('、');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(plainText).filter(Boolean).join('、');
  return String(value);
}

/** An amount exactly as typed, followed by its unit: "80" → "80万元". */
export function formatAmount(value: unknown, unit: string | undefined): string {
  const text = plainText(value).trim();
  if (text === '') return '';
  return unit && !text.endsWith(unit) ? `${text}${unit}` : text;
}

/**
 * The exact sum of a column of amounts (合计), in the column's unit; '' when the column is empty or any entry is
 * not an amount (a total the reader cannot trust is left for the hand to write).
 */
export function sumAmounts(values: readonly unknown[], unit: MoneyUnit): string {
  let total = 0n;
  let counted = 0;
  for (const value of values) {
    const text = plainText(value).trim().replace(new RegExp(`${unit}$`), '').trim();
    if (text === '') continue;
    try {
      total += parseMoney(text, unit);
      counted += 1;
    } catch {
      return '';
    }
  }
  return counted === 0 ? '' : `${formatMoney(total, unit)}${unit}`;
}
