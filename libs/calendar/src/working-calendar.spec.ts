import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { chineseDaysYears } from './chinese-days.source';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(chineseDaysYears());

describe('WorkingCalendar on the official calendar', () => {
  it('skips the National Day holiday and counts the adjusted Saturday workday (2025)', () => {
    // 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are 调休上班.
    expect(calendar.isWorkingDay('2025-10-03')).toEqual({ working: false, provisional: false });
    expect(calendar.isWorkingDay('2025-10-11')).toEqual({ working: true, provisional: false });
    // 5 working days from Tuesday 2025-09-30: 10-09, 10-10, 10-11 (Sat, workday), 10-13, 10-14.
    expect(calendar.addWorkingDays('2025-09-30', 5)).toEqual({ date: '2025-10-14', provisional: false });
  });

  it('does not count the day of the event itself', () => {
    // Monday 2025-06-09 + 1 working day is Tuesday.
    expect(calendar.addWorkingDays('2025-06-09', 1).date).toBe('2025-06-10');
    expect(calendar.addWorkingDays('2025-06-09', 0).date).toBe('2025-06-09');
  });

  it('marks a deadline in a year without published data as provisional', () => {
    expect(calendar.covers(2031)).toBe(false);
    const answer = calendar.addWorkingDays('2030-12-30', 5);
    expect(answer.provisional).toBe(true);
  });

  it('ends a month period on the last day of a shorter month (民法典 第二百零二条)', () => {
    expect(calendar.addMonths('2025-01-31', 1, false).date).toBe('2025-02-28');
    expect(calendar.addMonths('2024-01-31', 1, false).date).toBe('2024-02-29');
  });

  it('moves a calendar-day deadline ending on a holiday to the next working day when asked', () => {
    expect(calendar.addCalendarDays('2025-09-26', 5, false).date).toBe('2025-10-01');
    expect(calendar.addCalendarDays('2025-09-26', 5, true).date).toBe('2025-10-09');
  });

  it('applies an administrator override of a single day', () => {
    const corrected = new WorkingCalendar(chineseDaysYears(), [{ date: '2025-06-10', working: false }]);
    expect(corrected.addWorkingDays('2025-06-09', 1).date).toBe('2025-06-11');
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-14').days).toBe(5);
    expect(calendar.workingDaysBetween('2025-10-14', '2025-09-30').days).toBe(-5);
  });

  it('rejects a malformed date with the expected format', () => {
    expect(() => calendar.addWorkingDays('2025-02-30', 1)).toThrow(/YYYY-MM-DD/);
  });

  it('answers from its index exactly as counting day by day would', () => {
    // A naive walk over the days, the definition the index must agree with.
    const walk = (from: string, amount: number) => {
      let day = new Date(`${from}T00:00:00Z`);
      for (let counted = 0; counted < amount; ) {
        day = new Date(day.getTime() + 86_400_000);
        if (calendar.isWorkingDay(day.toISOString().slice(0, 10)).working) counted++;
      }
      return day.toISOString().slice(0, 10);
    };
    let seed = 20251001;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      const from = new Date(Date.UTC(2004, 0, 1) + Math.floor(random() * 8400) * 86_400_000).toISOString().slice(0, 10);
      const amount = Math.floor(random() * 40);
      expect(calendar.addWorkingDays(from, amount).date, `${from} + ${amount}`).toBe(walk(from, amount));
    }
  });

  it('says so instead of guessing outside its range', () => {
    expect(() => calendar.addWorkingDays('1980-01-01', 1)).toThrow(/超出日历范围/);
  });
});

describe('WorkingCalendar months and calendar days without dayjs', () => {
  // dayjs is what the calendar used before the integer arithmetic; both must give the same day.
  const viaDayjs = (from: string, amount: number, unit: 'month' | 'day', roll: boolean) =>
    calendar.addCalendarDays(dayjs(from).add(amount, unit).format('YYYY-MM-DD'), 0, roll);

  it('adds months and calendar days as dayjs did, rolled or not, for every other day 2004–2030', () => {
    for (let day = Date.UTC(2004, 0, 1); day <= Date.UTC(2030, 11, 31); day += 2 * 86_400_000) {
      const from = new Date(day).toISOString().slice(0, 10);
      for (const [amount, roll] of [
        [1, false],
        [3, true],
        [6, true],
        [12, false],
        [24, true],
      ] as const) {
        const months = calendar.addMonths(from, amount, roll);
        const expected = viaDayjs(from, amount, 'month', roll);
        if (months.date !== expected.date || months.provisional !== expected.provisional) expect([from, amount, roll, months]).toEqual([from, amount, roll, expected]);
      }
      const days = calendar.addCalendarDays(from, 15, true);
      const expected = viaDayjs(from, 15, 'day', true);
      if (days.date !== expected.date || days.provisional !== expected.provisional) expect([from, days]).toEqual([from, expected]);
    }
  });

  it('rolls a month period ending on a day off to the next working day', () => {
    // 2025-10-01 (National Day) + 0 … : 2025-04-01 + 6 months is 10-01, a holiday; the next working day is 10-09.
    expect(calendar.addMonths('2025-04-01', 6, true)).toEqual({ date: '2025-10-09', provisional: false });
    expect(calendar.addMonths('2025-04-01', 6, false)).toEqual({ date: '2025-10-01', provisional: false });
  });

  it('counts from a day before the index into it, and refuses to end outside it', () => {
    expect(calendar.addCalendarDays('1989-12-30', 5, false).date).toBe('1990-01-04');
    expect(calendar.addMonths('1989-12-31', 2, false).date).toBe('1990-02-28');
    expect(() => calendar.addMonths('2100-12-01', 1, false)).toThrow(/2101-01-01 超出日历范围/);
    expect(() => calendar.addMonths('2025-02-30', 1, false)).toThrow(/YYYY-MM-DD/);
    expect(() => calendar.addCalendarDays('2025-1-01', 1, false)).toThrow(/YYYY-MM-DD/);
    expect(() => calendar.addMonths('2025-01-01', 1.5, false)).toThrow(RangeError);
  });
});
