import { chineseDaysYears, WorkingCalendar, type CalendarYear } from '@banfa/calendar';

/**
 * What the browser reads of GET /api/calendar/:year (apps/api/src/calendar/calendar-year.view.ts): the year's days
 * off and adjusted workdays as the server counts them — the chinese-days package's days with the administrators'
 * overrides already applied — and whether the year is published at all.
 */
export interface CalendarYearResponse {
  year: number;
  /** No official arrangement (neither in the package nor entered by an administrator): deadlines there are provisional. */
  provisional: boolean;
  published: boolean;
  source: 'package' | 'administrator' | 'none';
  daysOff: ReadonlyArray<{ day: string }>;
  adjustedWorkdays: ReadonlyArray<{ day: string }>;
}

/** The calendar's span (libs/calendar's index), so that no request asks for a year the api refuses. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** Deadlines run on past the latest date a project names (24-month windows, annual reports): years to read ahead. */
const YEARS_AHEAD = 3;
/** A sample project spanning decades is a typo, not a project: never ask for more years than this. */
const MAX_YEARS = 12;

let packageYears: ReadonlyArray<CalendarYear> | undefined;

/** The years the chinese-days package publishes, read once per page. */
export function packageCalendarYears(): ReadonlyArray<CalendarYear> {
  return (packageYears ??= chineseDaysYears());
}

/**
 * The working-day calendar the server counts on, rebuilt in the browser: the package's years, each year the api
 * answered for replaced by its answer (overrides applied; a year an administrator published counts as covered, one
 * nobody published stays provisional, Monday–Friday), so that a due date computed here is the server's.
 * Years not (yet) answered keep the package's days.
 */
export function browserCalendar(answers: ReadonlyArray<CalendarYearResponse>, base: ReadonlyArray<CalendarYear> = packageCalendarYears()): WorkingCalendar {
  const byYear = new Map<number, CalendarYear>(base.map((year) => [year.year, year]));
  for (const answer of answers) {
    if (!answer.published || answer.provisional) {
      byYear.delete(answer.year);
      continue;
    }
    byYear.set(answer.year, {
      year: answer.year,
      holidays: answer.daysOff.map((entry) => entry.day),
      workdays: answer.adjustedWorkdays.map((entry) => entry.day),
      source: answer.source === 'administrator' ? 'administrator' : 'chinese-days',
    });
  }
  return new WorkingCalendar([...byYear.values()].sort((a, b) => a.year - b.year));
}

/**
 * The years whose calendar a project can reach: from the earliest date it names to a few years past the latest
 * (deadlines and windows run on after the last event), within the calendar's span and at most MAX_YEARS of them.
 */
export function calendarYearsFor(dates: ReadonlyArray<string>): number[] {
  const years = dates.map((date) => Number(date.slice(0, 4))).filter((year) => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.min(LAST_YEAR, Math.max(...years) + YEARS_AHEAD, first + MAX_YEARS - 1);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
