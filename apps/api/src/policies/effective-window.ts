/**
 * The period a published version is in effect, as the platform records it (policy_versions.effective_from/to,
 * both inclusive, YYYY-MM-DD). A missing start means "in effect since before the platform knew it" (a seed
 * regulation whose text gives no date); a missing end means open-ended.
 */
export interface EffectiveWindow {
  from: string | null;
  to: string | null;
}

const BEGINNING = '0000-01-01';
const END_OF_TIME = '9999-12-31';

/** Whether `day` (YYYY-MM-DD) falls in the window. */
export function windowContains(window: EffectiveWindow, day: string): boolean {
  return (window.from ?? BEGINNING) <= day && day <= (window.to ?? END_OF_TIME);
}

/** Whether two windows share at least one day. */
export function windowsOverlap(a: EffectiveWindow, b: EffectiveWindow): boolean {
  return (a.from ?? BEGINNING) <= (b.to ?? END_OF_TIME) && (b.from ?? BEGINNING) <= (a.to ?? END_OF_TIME);
}

/** The calendar day before `day` (YYYY-MM-DD): where a version ends when its successor starts. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Whether `day` is a real calendar date written as YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** "2025-10-01 起", "2023-05-09 至 2025-05-08", "未注明施行日期" — for messages. */
export function describeWindow(window: EffectiveWindow): string {
  if (!window.from && !window.to) return '未注明施行日期（长期有效）';
  if (!window.from) return `至 ${window.to}`;
  return window.to ? `${window.from} 至 ${window.to}` : `${window.from} 起`;
}
