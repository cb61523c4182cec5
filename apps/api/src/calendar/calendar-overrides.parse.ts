import type { AppErrorDetail } from '../errors/app-error';

export interface CalendarOverrideInput {
  day: string;
  working: boolean;
  note: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = new Set(['day', 'working', 'note']);

/** Whether a YYYY-MM-DD string is a real date (no 02-30). */
function isRealDate(day: string): boolean {
  if (!ISO.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/**
 * Checks the overrides of a year one by one, naming the field of each problem (overrides[2].day …), so the
 * administrator sees every mistake at once.
 */
export function parseCalendarOverrides(
  year: number,
  input: ReadonlyArray<unknown>,
): { overrides: CalendarOverrideInput[]; issues: AppErrorDetail[] } {
  if (input.length > 366) return { overrides: [], issues: [{ field: 'overrides', message: `一年最多 366 天，收到 ${input.length} 条更正` }] };
  const issues: AppErrorDetail[] = [];
  const overrides: CalendarOverrideInput[] = [];
  const seen = new Map<string, number>();
  input.forEach((item, i) => {
    const at = `overrides[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ field: at, message: '应为 { "day": "YYYY-MM-DD", "working": true/false, "note": "…" }' });
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!FIELDS.has(key)) issues.push({ field: `${at}.${key}`, message: `不认识的字段“${key}”：只能有 day、working、note` });
    }
    const { day, working, note } = record;
    let ok = true;
    if (typeof day !== 'string' || !isRealDate(day)) {
      issues.push({ field: `${at}.day`, message: `“${String(day)}”不是有效日期，应为 YYYY-MM-DD，如 ${year}-10-08` });
      ok = false;
    } else if (Number(day.slice(0, 4)) !== year) {
      issues.push({ field: `${at}.day`, message: `${day} 不在 ${year} 年：请在 ${day.slice(0, 4)} 年的日历中更正` });
      ok = false;
    } else if (seen.has(day)) {
      issues.push({ field: `${at}.day`, message: `${day} 与 overrides[${seen.get(day)}] 重复` });
      ok = false;
    }
    if (typeof working !== 'boolean') {
      issues.push({ field: `${at}.working`, message: 'working 应为 true（上班）或 false（放假）' });
      ok = false;
    }
    if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 300)) {
      issues.push({ field: `${at}.note`, message: 'note 应为不超过 300 个字的文字' });
      ok = false;
    }
    if (ok && typeof day === 'string' && typeof working === 'boolean') {
      seen.set(day, i);
      overrides.push({ day, working, note: typeof note === 'string' && note.trim() !== '' ? note.trim() : null });
    }
  });
  return { overrides, issues };
}
