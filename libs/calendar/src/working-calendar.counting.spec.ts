import { describe, expect, it } from 'vitest';
import { chineseDaysYears } from './chinese-days.source';
import { CIVIL_CODE_COUNTING, type CountingRules } from './counting-rules';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(chineseDaysYears());
const rules = (changes: Partial<CountingRules>): CountingRules => ({ ...CIVIL_CODE_COUNTING, ...changes });

/** Every `step`-th day from `from` to `to`, as ISO dates. */
function days(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += step * 86_400_000) out.push(new Date(day).toISOString().slice(0, 10));
  return out;
}

function nextDay(date: string, by = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}

describe('WorkingCalendar.count under the civil code rules', () => {
  it('answers exactly as addWorkingDays, addCalendarDays and addMonths do, for every third day 2004–2030', () => {
    const unchanged = rules({ holidayEnd: 'unchanged' });
    for (const from of days('2004-01-01', '2030-12-31', 3)) {
      for (const amount of [1, 5, 20]) {
        expect(calendar.count(from, amount, 'workingDays', CIVIL_CODE_COUNTING)).toEqual(calendar.addWorkingDays(from, amount));
      }
      expect(calendar.count(from, 15, 'calendarDays', CIVIL_CODE_COUNTING)).toEqual(calendar.addCalendarDays(from, 15, true));
      expect(calendar.count(from, 15, 'calendarDays', unchanged)).toEqual(calendar.addCalendarDays(from, 15, false));
      expect(calendar.count(from, 6, 'months', CIVIL_CODE_COUNTING)).toEqual(calendar.addMonths(from, 6, true));
      expect(calendar.count(from, 12, 'months', unchanged)).toEqual(calendar.addMonths(from, 12, false));
    }
  });

  it('counts the working days of a run of days as workingDaysBetween does', () => {
    expect(calendar.workingDaysCounted('2025-09-30', '2025-10-14', CIVIL_CODE_COUNTING)).toBe(calendar.workingDaysBetween('2025-09-30', '2025-10-14').days);
  });
});

describe('the event day included (counting.eventDay: included)', () => {
  const included = rules({ eventDay: 'included' });

  it('makes a working event day day 1 of a working-day period', () => {
    // Tuesday 2025-09-30 is day 1; then 10-09, 10-10, 10-11 (Saturday, 调休上班), 10-13.
    expect(calendar.count('2025-09-30', 5, 'workingDays', included)).toEqual({ date: '2025-10-13', provisional: false });
    expect(calendar.count('2025-09-30', 5, 'workingDays', CIVIL_CODE_COUNTING).date).toBe('2025-10-14');
  });

  it('starts with the next working day when the event day is a day off, as by default', () => {
    // Saturday 2025-06-07: day 1 is Monday 06-09 either way.
    expect(calendar.count('2025-06-07', 1, 'workingDays', included).date).toBe('2025-06-09');
    expect(calendar.count('2025-06-07', 1, 'workingDays', CIVIL_CODE_COUNTING).date).toBe('2025-06-09');
  });

  it('ends calendar-day and month periods one day earlier', () => {
    expect(calendar.count('2025-06-09', 10, 'calendarDays', included).date).toBe('2025-06-18');
    expect(calendar.count('2025-01-15', 1, 'months', included).date).toBe('2025-02-14');
    expect(calendar.count('2025-01-15', 1, 'months', CIVIL_CODE_COUNTING).date).toBe('2025-02-17'); // 02-15 is a Saturday
  });

  it('leaves a period of 0 (a resumed clock with nothing left) on the day itself', () => {
    expect(calendar.count('2025-06-09', 0, 'workingDays', included).date).toBe('2025-06-09');
  });

  it('counts the event day among the working days a period has used', () => {
    expect(calendar.workingDaysCounted('2025-06-09', '2025-06-11', included)).toBe(3);
    expect(calendar.workingDaysCounted('2025-06-09', '2025-06-11', CIVIL_CODE_COUNTING)).toBe(2);
  });
});

describe('adjusted workdays skipped (counting.adjustedWorkdays: skip)', () => {
  const skip = rules({ adjustedWorkdays: 'skip' });

  it('does not count the Saturday after 国庆 2025 that the State Council made a workday', () => {
    // 10-09, 10-10, 10-13, 10-14, 10-15: Saturday 10-11 (调休上班) is not counted.
    expect(calendar.count('2025-09-30', 5, 'workingDays', skip)).toEqual({ date: '2025-10-15', provisional: false });
    expect(calendar.isWorkingDayUnder('2025-10-11', skip).working).toBe(false);
    expect(calendar.isWorkingDayUnder('2025-10-11', CIVIL_CODE_COUNTING).working).toBe(true);
  });

  it('does not count the adjusted Saturdays around 春节 2026', () => {
    // 2026-02-13 (Friday) + 1 working day: Saturday 02-14 is 调休上班; without it, the next is 02-24 after the holiday.
    expect(calendar.count('2026-02-13', 1, 'workingDays', CIVIL_CODE_COUNTING).date).toBe('2026-02-14');
    expect(calendar.count('2026-02-13', 1, 'workingDays', skip).date).toBe('2026-02-24');
  });

  it('moves a calendar-day period ending on an adjusted Saturday on to the next weekday that works', () => {
    // 2025-10-01 + 10 days = Saturday 10-11: a working day when adjusted workdays count, a day off when they do not.
    expect(calendar.count('2025-10-01', 10, 'calendarDays', CIVIL_CODE_COUNTING).date).toBe('2025-10-11');
    expect(calendar.count('2025-10-01', 10, 'calendarDays', skip).date).toBe('2025-10-13');
  });

  it('agrees with a walk over the days that counts only working Mondays to Fridays', () => {
    const walk = (from: string, amount: number) => {
      let day = from;
      for (let counted = 0; counted < amount; ) {
        day = nextDay(day);
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        if (calendar.isWorkingDay(day).working && weekday !== 0 && weekday !== 6) counted++;
      }
      return day;
    };
    for (const from of days('2019-12-01', '2026-12-31', 11)) {
      for (const amount of [1, 3, 10, 30]) expect(calendar.count(from, amount, 'workingDays', skip).date, `${from} + ${amount}`).toBe(walk(from, amount));
    }
  });
});

describe('a period ending on a day off moved back (counting.holidayEnd: previous-working-day)', () => {
  const previous = rules({ holidayEnd: 'previous-working-day' });

  it('ends a quarter on a Sunday on the Friday before it', () => {
    expect(calendar.endOn('2024-03-31', previous)).toEqual({ date: '2024-03-29', provisional: false });
    expect(calendar.endOn('2024-03-31', CIVIL_CODE_COUNTING).date).toBe('2024-04-01');
    expect(calendar.endOn('2024-03-31', rules({ holidayEnd: 'unchanged' })).date).toBe('2024-03-31');
  });

  it('moves back over a holiday: 2023-09-30 (国庆, after 中秋 09-29) ends on Thursday 09-28', () => {
    expect(calendar.endOn('2023-09-30', previous).date).toBe('2023-09-28');
    // Moved on instead, it ends on Saturday 10-07, a 调休上班 day — or on Monday 10-09 when those do not count.
    expect(calendar.endOn('2023-09-30', CIVIL_CODE_COUNTING).date).toBe('2023-10-07');
    expect(calendar.endOn('2023-09-30', rules({ adjustedWorkdays: 'skip' })).date).toBe('2023-10-09');
  });

  it('applies to calendar-day and month periods, and leaves a period ending on a working day alone', () => {
    expect(calendar.count('2025-09-26', 5, 'calendarDays', previous).date).toBe('2025-09-30');
    expect(calendar.count('2025-04-01', 6, 'months', previous).date).toBe('2025-09-30');
    expect(calendar.count('2025-04-02', 6, 'months', previous).date).toBe('2025-09-30');
    expect(calendar.count('2025-06-03', 1, 'months', previous).date).toBe('2025-07-03');
  });

  it('marks a period moved back into a year without published data as provisional', () => {
    expect(calendar.covers(2031)).toBe(false);
    expect(calendar.endOn('2031-03-01', previous)).toEqual({ date: '2031-02-28', provisional: true });
  });
});
