import { WorkingCalendar, type CalendarYear } from '@banfa/calendar';

/** A year an administrator entered (calendar_years) and the days they corrected (calendar_overrides). */
export interface StoredYear {
  year: number;
  published: boolean;
}

export interface StoredOverride {
  day: string;
  working: boolean;
}

/**
 * The calendar the runtime counts on: the package's years, plus every year an administrator entered as published
 * (its days off and adjusted workdays are its overrides), with all overrides applied.
 *
 * A year that is neither in the package nor published stays provisional (Monday–Friday): WorkingCalendar applies
 * overrides only to years it covers, so that year's overrides are kept and take effect once it is published.
 */
export function buildWorkingCalendar(
  packageYears: ReadonlyArray<CalendarYear>,
  storedYears: ReadonlyArray<StoredYear>,
  overrides: ReadonlyArray<StoredOverride>,
): WorkingCalendar {
  const inPackage = new Set(packageYears.map((year) => year.year));
  const entered: CalendarYear[] = storedYears
    .filter((year) => year.published && !inPackage.has(year.year))
    .map((year) => ({ year: year.year, holidays: [], workdays: [], source: 'administrator' }));
  return new WorkingCalendar(
    [...packageYears, ...entered],
    overrides.map((override) => ({ date: override.day, working: override.working })),
  );
}
