import type { CalendarOverride, CalendarYear } from './calendar-data';
import { civilFromDays, daysFromCivil, daysFromIso, isoDate, isoFromDays, monthsLater } from './civil-date.arithmetic';
import type { CountingRules, PeriodUnit } from './counting-rules';
import { weekdayOf, withoutAdjustedWorkdays, type WorkingDayIndex } from './working-day.index';

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

/** The span the index covers: wide enough for any project, small enough to build in a millisecond. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/**
 * Working-day arithmetic on China's official calendar. Pure: the years are injected, nothing is read from a
 * clock or a file. Counting starts the day after the event (民法典 第二百零一条).
 *
 * Built once into a day index (which days work, how many working days precede each day, which day is the N-th
 * working day, the date of each day), so every query is O(1), not a walk over the days. A date is read by its digits
 * into a day number; months and calendar days are integer arithmetic on it; no query formats a date.
 */
export class WorkingCalendar {
  private readonly covered = new Set<number>();
  private readonly start = daysFromCivil(FIRST_YEAR, 1, 1);
  private readonly working: Uint8Array;
  /** Working days up to and including each day. */
  private readonly workingUpTo: Int32Array;
  /** Days in years without published data, up to and including each day. */
  private readonly unknownUpTo: Int32Array;
  /** The day offset of the k-th working day (k from 1). */
  private readonly nthWorking: Int32Array;
  /** The ISO date of each day offset, so that no query formats a date. */
  private readonly isoAt: string[] = [];
  /** Year, month (from 1) and day of month of each day offset. */
  private readonly yearAt: Uint16Array;
  private readonly monthAt: Uint8Array;
  private readonly dayAt: Uint8Array;
  /** The index above as one object, for the queries that take counting rules. */
  private readonly official: WorkingDayIndex;
  /** The index without adjusted weekend workdays (`adjustedWorkdays: skip`), built on first use. */
  private skipping: WorkingDayIndex | undefined;

  constructor(years: ReadonlyArray<CalendarYear>, overrides: ReadonlyArray<CalendarOverride> = []) {
    const off = new Set<string>();
    const on = new Set<string>();
    for (const year of years) {
      this.covered.add(year.year);
      year.holidays.forEach((date) => off.add(date));
      year.workdays.forEach((date) => on.add(date));
    }
    for (const override of overrides) {
      if (!this.covered.has(Number(override.date.slice(0, 4)))) continue;
      (override.working ? off : on).delete(override.date);
      (override.working ? on : off).add(override.date);
    }
    const days = daysFromCivil(LAST_YEAR, 12, 31) - this.start + 1;
    this.yearAt = new Uint16Array(days);
    this.monthAt = new Uint8Array(days);
    this.dayAt = new Uint8Array(days);
    this.working = new Uint8Array(days);
    this.workingUpTo = new Int32Array(days);
    this.unknownUpTo = new Int32Array(days);
    this.nthWorking = new Int32Array(days + 1);
    let count = 0;
    let unknown = 0;
    for (let i = 0; i < days; i++) {
      const day = this.start + i;
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      const iso = isoDate(year, month, dayOfMonth);
      this.isoAt.push(iso);
      this.yearAt[i] = year;
      this.monthAt[i] = month;
      this.dayAt[i] = dayOfMonth;
      const weekday = weekdayOf(day);
      const weekend = weekday === 0 || weekday === 6;
      const known = this.covered.has(year);
      const works = known ? (off.has(iso) ? false : on.has(iso) ? true : !weekend) : !weekend;
      if (!known) unknown++;
      if (works) {
        count++;
        this.nthWorking[count] = i;
      }
      this.working[i] = works ? 1 : 0;
      this.workingUpTo[i] = count;
      this.unknownUpTo[i] = unknown;
    }
    this.official = { working: this.working, upTo: this.workingUpTo, nth: this.nthWorking, total: count };
  }

  /** Whether the official calendar of a year is known. */
  covers(year: number): boolean {
    return this.covered.has(year);
  }

  isWorkingDay(date: string): DayAnswer {
    const i = this.index(date);
    return { working: this.working[i] === 1, provisional: !this.covered.has(this.yearAt[i] ?? 0) };
  }

  /** The N-th working day after `from` (the day of `from` itself does not count). */
  addWorkingDays(from: string, amount: number): DateAnswer {
    if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${amount}`);
    const i = this.index(from);
    if (amount === 0) return { date: from, provisional: false };
    const k = (this.workingUpTo[i] ?? 0) + amount;
    if (k > (this.workingUpTo[this.workingUpTo.length - 1] ?? 0)) {
      throw new RangeError(`${from} 之后第 ${amount} 个工作日超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
    }
    const j = this.nthWorking[k] ?? i;
    return { date: this.isoAt[j] ?? from, provisional: this.unknownBetween(i, j) };
  }

  /** N calendar days after `from`; optionally moved to the next working day when it ends on a day off (民法典 第二百零三条). */
  addCalendarDays(from: string, amount: number, rollToWorkingDay: boolean): DateAnswer {
    assertWhole(amount, 'calendar days');
    return this.roll(this.dayOf(from) + amount - this.start, rollToWorkingDay);
  }

  /** N months after `from`: the same day of month, or that month's last day (民法典 第二百零二条). */
  addMonths(from: string, amount: number, rollToWorkingDay: boolean): DateAnswer {
    assertWhole(amount, 'months');
    const day = this.dayOf(from);
    const i = day - this.start;
    const target =
      i >= 0 && i < this.working.length
        ? monthsLater(this.yearAt[i] ?? 0, this.monthAt[i] ?? 0, this.dayAt[i] ?? 0, amount)
        : monthsLaterThan(day, amount);
    return this.roll(target - this.start, rollToWorkingDay);
  }

  /** Working days strictly after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: string, to: string): DateAnswer & { days: number } {
    const i = this.index(from);
    const j = this.index(to);
    const days = (this.workingUpTo[j] ?? 0) - (this.workingUpTo[i] ?? 0);
    return { date: to, days, provisional: this.unknownBetween(Math.min(i, j), Math.max(i, j)) };
  }

  /**
   * `amount` units after `from` under a document's counting rules (see CountingRules): the general form of
   * addWorkingDays, addCalendarDays and addMonths, which answer the same under the civil code's rules. O(1) like
   * them: skipping adjusted workdays reads an index of its own. A period of 0 ends on `from` itself.
   */
  count(from: string, amount: number, unit: PeriodUnit, rules: CountingRules): DateAnswer {
    if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`${unit} must be a whole number ≥ 0, got ${amount}`);
    const index = this.indexFor(rules);
    // The event day included is day 1: the period runs as it would by default from the day before.
    const shift = rules.eventDay === 'included' && amount > 0 ? 1 : 0;
    if (unit === 'workingDays') {
      const i = this.index(from);
      if (amount === 0) return { date: from, provisional: false };
      const before = i - shift;
      const k = (before >= 0 ? (index.upTo[before] ?? 0) : 0) + amount;
      if (k > index.total) throw new RangeError(`${from} 之后第 ${amount} 个工作日超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
      const j = index.nth[k] ?? i;
      return { date: this.isoAt[j] ?? from, provisional: this.unknownBetween(before, j) };
    }
    const day = this.dayOf(from) - shift;
    if (unit === 'calendarDays') return this.settle(day + amount - this.start, rules.holidayEnd, index);
    const i = day - this.start;
    const target =
      i >= 0 && i < this.working.length
        ? monthsLater(this.yearAt[i] ?? 0, this.monthAt[i] ?? 0, this.dayAt[i] ?? 0, amount)
        : monthsLaterThan(day, amount);
    return this.settle(target - this.start, rules.holidayEnd, index);
  }

  /**
   * A fixed day (a quarter end, a yearly due day) as the last day of a period under the counting rules: itself when
   * it is a working day (as the rules define one) or when `holidayEnd` is `unchanged`, else the next or the previous
   * working day.
   */
  endOn(date: string, rules: CountingRules): DateAnswer {
    return this.settle(this.index(date), rules.holidayEnd, this.indexFor(rules));
  }

  /**
   * The working days of a period that ran from `from` to `to` (inclusive) under the counting rules: strictly after
   * `from` unless the event day is included, as working days are defined by the rules. Negative when `to` is earlier.
   */
  workingDaysCounted(from: string, to: string, rules: CountingRules): number {
    const index = this.indexFor(rules);
    const i = this.index(from) - (rules.eventDay === 'included' ? 1 : 0);
    const j = this.index(to);
    return (index.upTo[j] ?? 0) - (i >= 0 ? (index.upTo[i] ?? 0) : 0);
  }

  /** Whether a day is a working day as the counting rules define one (adjusted workdays counted or not). */
  isWorkingDayUnder(date: string, rules: CountingRules): DayAnswer {
    const i = this.index(date);
    return { working: this.indexFor(rules).working[i] === 1, provisional: !this.covered.has(this.yearAt[i] ?? 0) };
  }

  private indexFor(rules: CountingRules): WorkingDayIndex {
    if (rules.adjustedWorkdays !== 'skip') return this.official;
    return (this.skipping ??= withoutAdjustedWorkdays(this.official, this.start));
  }

  /** The day at offset `i` as the end of a period: moved per `holidayEnd` when it is not a working day of `index`. */
  private settle(i: number, holidayEnd: CountingRules['holidayEnd'], index: WorkingDayIndex): DateAnswer {
    const date = this.isoAt[i];
    if (date === undefined) throw new RangeError(`${isoFromDays(this.start + i)} 超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
    if (holidayEnd === 'unchanged' || index.working[i] === 1) return { date, provisional: this.unknownBetween(i - 1, i) };
    const worked = index.upTo[i] ?? 0;
    if (holidayEnd === 'next-working-day') {
      if (worked + 1 > index.total) throw new RangeError(`${date} 之后的工作日超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
      const j = index.nth[worked + 1] ?? i;
      return { date: this.isoAt[j] ?? date, provisional: this.unknownBetween(i - 1, j) };
    }
    // The last working day before it: the `worked`-th, since the day itself does not work.
    if (worked === 0) throw new RangeError(`${date} 之前的工作日超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
    const j = index.nth[worked] ?? i;
    return { date: this.isoAt[j] ?? date, provisional: this.unknownBetween(j - 1, i) };
  }

  /** The day at offset `i`, or the next working day when it is a day off and rolling is asked for. */
  private roll(i: number, rollToWorkingDay: boolean): DateAnswer {
    const date = this.isoAt[i];
    if (date === undefined) throw new RangeError(`${isoFromDays(this.start + i)} 超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
    if (!rollToWorkingDay || this.working[i] === 1) return { date, provisional: this.unknownBetween(i - 1, i) };
    const j = this.nthWorking[(this.workingUpTo[i] ?? 0) + 1] ?? i;
    return { date: this.isoAt[j] ?? date, provisional: this.unknownBetween(i - 1, j) };
  }

  /** The day number of a date, inside the index or not (a period may start before it and end inside). */
  private dayOf(date: string): number {
    const day = daysFromIso(date);
    if (day === undefined) throw invalidDate(date);
    return day;
  }

  /** Whether a day in (i, j] lies in a year without published data. */
  private unknownBetween(i: number, j: number): boolean {
    return (this.unknownUpTo[j] ?? 0) - (i >= 0 ? (this.unknownUpTo[i] ?? 0) : 0) > 0;
  }

  /** The day offset of a date in the index (its digits read as numbers: no lookup, no parsing). */
  private index(date: string): number {
    const day = daysFromIso(date);
    if (day === undefined) throw invalidDate(date);
    const i = day - this.start;
    if (i < 0 || i >= this.working.length) throw new RangeError(`${date} 超出日历范围（${FIRST_YEAR}–${LAST_YEAR}年）`);
    return i;
  }
}

/** `amount` months after a day outside the index. */
function monthsLaterThan(day: number, amount: number): number {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return monthsLater(year, month, dayOfMonth, amount);
}

function assertWhole(amount: number, unit: string): void {
  if (!Number.isInteger(amount)) throw new RangeError(`${unit} must be a whole number, got ${amount}`);
}

function invalidDate(date: string): RangeError {
  return new RangeError(`“${date}”不是有效日期，应为 YYYY-MM-DD`);
}
