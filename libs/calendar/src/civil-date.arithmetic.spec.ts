import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysFromIso, daysInMonth, isLeapYear, isoFromDays, monthsLater } from './civil-date.arithmetic';

const MS_PER_DAY = 86_400_000;
/** The reference: the day number of a date by way of Date (UTC, whole days). */
const dateDays = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / MS_PER_DAY;
const dateIso = (days: number) => new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
const plusMonths = (iso: string, amount: number) => {
  const day = daysFromIso(iso);
  if (day === undefined) throw new Error(iso);
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return isoFromDays(monthsLater(year, month, dayOfMonth, amount));
};

describe('civil date arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('numbers days as Date does, 1900 to 2200, and back', () => {
    // Every day of the index's span and a margin around it; every 7th day beyond.
    for (let days = dateDays(1900, 1, 1); days <= dateDays(2200, 12, 31); days += days >= dateDays(1985, 1, 1) && days <= dateDays(2105, 12, 31) ? 1 : 7) {
      const iso = dateIso(days);
      const { year, month, day } = civilFromDays(days);
      if (daysFromCivil(year, month, day) !== days || isoFromDays(days) !== iso || daysFromIso(iso) !== days) {
        expect({ days, civil: daysFromCivil(year, month, day), iso: isoFromDays(days), back: daysFromIso(iso) }).toEqual({ days, civil: days, iso, back: days });
      }
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(isoFromDays(-1)).toBe('1969-12-31');
  });

  it('refuses text that is not a date', () => {
    for (const text of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-01', '2025/04/01', '20250401xx', 'abcd-ef-gh', '']) {
      expect(daysFromIso(text), text).toBeUndefined();
    }
    expect(daysFromIso('2024-02-29')).toBe(dateDays(2024, 2, 29));
  });

  it('ends a month period on the last day of a shorter month (民法典 第二百零二条)', () => {
    expect(plusMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(plusMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(plusMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(plusMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(plusMonths('2000-02-29', 1200)).toBe('2100-02-28');
  });

  it('crosses year boundaries both ways', () => {
    expect(plusMonths('2025-12-31', 1)).toBe('2026-01-31');
    expect(plusMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(plusMonths('2025-07-31', 6)).toBe('2026-01-31');
    expect(plusMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(plusMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(plusMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(plusMonths('2025-06-30', 0)).toBe('2025-06-30');
  });

  it('agrees with dayjs, which the calendar used before, 1995–2060: every month end 13 months back to 36 ahead, every fifth other day', () => {
    let checked = 0;
    for (let days = dateDays(1995, 1, 1); days <= dateDays(2060, 12, 31); days++) {
      const iso = dateIso(days);
      // The 28th to the 31st are where the month-end rule decides; earlier days only move their month.
      const amounts = Number(iso.slice(8)) >= 28 ? [-13, -1, 1, 2, 6, 12, 36] : days % 5 === 0 ? [1, 12] : [];
      if (amounts.length === 0) continue;
      const from = dayjs(iso);
      for (const amount of amounts) {
        const expected = from.add(amount, 'month').format('YYYY-MM-DD');
        const actual = plusMonths(iso, amount);
        if (actual !== expected) expect(`${iso} + ${amount} = ${actual}`).toBe(`${iso} + ${amount} = ${expected}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(27_000);
  });
});
