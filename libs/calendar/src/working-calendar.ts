import dayjs from 'dayjs';
import type { CalendarOverride, CalendarYear } from './calendar-data';

export interface DayAnswer {
  working: boolean;
  /** True when the year has no published calendar: the answer assumes Monday–Friday only. */
  provisional: boolean;
}

export interface DateAnswer {
  date: string;
  /** True when any day counted lies in a year without a published calendar. */
  provisional: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Working-day arithmetic on China's official calendar. Pure: the years are injected, nothing is read from a
 * clock or a file. Counting starts the day after the event (民法典 第二百零一条).
 */
export class WorkingCalendar {
  private readonly years = new Map<number, { off: Set<string>; on: Set<string> }>();

  constructor(years: ReadonlyArray<CalendarYear>, overrides: ReadonlyArray<CalendarOverride> = []) {
    for (const year of years) {
      this.years.set(year.year, { off: new Set(year.holidays), on: new Set(year.workdays) });
    }
    for (const override of overrides) {
      const year = this.years.get(Number(override.date.slice(0, 4)));
      if (!year) continue;
      (override.working ? year.off : year.on).delete(override.date);
      (override.working ? year.on : year.off).add(override.date);
    }
  }

  /** Whether the official calendar of a year is known. */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): DayAnswer {
    assertIso(date);
    return this.answer(date, weekdayOf(dayNumber(date)));
  }

  private answer(date: string, weekday: number): DayAnswer {
    const year = this.years.get(Number(date.slice(0, 4)));
    const weekend = weekday === 0 || weekday === 6;
    if (!year) return { working: !weekend, provisional: true };
    if (year.off.has(date)) return { working: false, provisional: false };
    if (year.on.has(date)) return { working: true, provisional: false };
    return { working: !weekend, provisional: false };
  }

  /** The N-th working day after `from` (the day of `from` itself does not count). */
  addWorkingDays(from: string, amount: number): DateAnswer {
    assertIso(from);
    if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${amount}`);
    let day = dayNumber(from);
    let provisional = false;
    for (let counted = 0; counted < amount; ) {
      day++;
      const answer = this.answer(isoOf(day), weekdayOf(day));
      provisional ||= answer.provisional;
      if (answer.working) counted++;
    }
    return { date: isoOf(day), provisional };
  }

  /** N calendar days after `from`; optionally moved to the next working day when it ends on a day off (民法典 第二百零三条). */
  addCalendarDays(from: string, amount: number, rollToWorkingDay: boolean): DateAnswer {
    assertIso(from);
    return this.roll(dayjs(from).add(amount, 'day').format('YYYY-MM-DD'), rollToWorkingDay);
  }

  /** N months after `from`: the same day of month, or that month's last day (民法典 第二百零二条). */
  addMonths(from: string, amount: number, rollToWorkingDay: boolean): DateAnswer {
    assertIso(from);
    return this.roll(dayjs(from).add(amount, 'month').format('YYYY-MM-DD'), rollToWorkingDay);
  }

  /** Working days strictly after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: string, to: string): DateAnswer & { days: number } {
    assertIso(from);
    assertIso(to);
    const sign = to >= from ? 1 : -1;
    const [start, end] = sign > 0 ? [from, to] : [to, from];
    let days = 0;
    let provisional = false;
    for (let day = dayNumber(start) + 1; day <= dayNumber(end); day++) {
      const answer = this.answer(isoOf(day), weekdayOf(day));
      provisional ||= answer.provisional;
      if (answer.working) days++;
    }
    return { date: to, days: sign * days, provisional };
  }

  private roll(date: string, rollToWorkingDay: boolean): DateAnswer {
    let day = dayjs(date);
    let answer = this.isWorkingDay(date);
    let provisional = answer.provisional;
    while (rollToWorkingDay && !answer.working) {
      day = day.add(1, 'day');
      answer = this.isWorkingDay(day.format('YYYY-MM-DD'));
      provisional ||= answer.provisional;
    }
    return { date: day.format('YYYY-MM-DD'), provisional };
  }
}

// Day-by-day counting works on whole UTC days: no time zone or daylight saving can shift a date.
const MS_PER_DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function assertIso(date: string): void {
  if (!ISO.test(date) || !dayjs(date).isValid() || dayjs(date).format('YYYY-MM-DD') !== date) {
    throw new RangeError(`“${date}”不是有效日期，应为 YYYY-MM-DD`);
  }
}
