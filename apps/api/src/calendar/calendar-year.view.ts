import type { CalendarYear } from '@banfa/calendar';

/** One day of a year's arrangement, with the holiday it belongs to and where it comes from. */
export interface CalendarDayView {
  day: string;
  note: string | null;
  source: 'package' | 'override';
}

export interface CalendarOverrideView {
  day: string;
  working: boolean;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/** A year of the official calendar as the runtime counts it (GET /api/calendar/:year). */
export interface CalendarYearView {
  year: number;
  /** Deadlines reaching this year are provisional: its official arrangement is neither in the package nor entered. */
  provisional: boolean;
  /** Where the year's arrangement comes from: the chinese-days package, an administrator, or nowhere yet. */
  source: 'package' | 'administrator' | 'none';
  /** Whether the year's official arrangement is complete here (always so for a package year). */
  published: boolean;
  /** Overrides of an unpublished year outside the package are kept, but only apply once the year is published. */
  overridesApplied: boolean;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  /** Days off (法定节假日, including the weekend days of a holiday period). */
  daysOff: CalendarDayView[];
  /** Weekend days that are working days (调休上班). */
  adjustedWorkdays: CalendarDayView[];
  /** The administrators' corrections of single days. */
  overrides: CalendarOverrideView[];
}

export interface StoredYearInfo {
  published: boolean;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/**
 * The year's arrangement: the package's days (if it has the year), corrected by the overrides, as the runtime's
 * WorkingCalendar applies them.
 */
export function calendarYearView(
  year: number,
  packageYear: CalendarYear | undefined,
  stored: StoredYearInfo | null,
  overrides: ReadonlyArray<CalendarOverrideView>,
  dayName: (day: string) => string | null,
): CalendarYearView {
  const published = packageYear !== undefined || stored?.published === true;
  const overridesApplied = published;
  const off = new Map<string, CalendarDayView>();
  const on = new Map<string, CalendarDayView>();
  for (const day of packageYear?.holidays ?? []) off.set(day, { day, note: dayName(day), source: 'package' });
  for (const day of packageYear?.workdays ?? []) on.set(day, { day, note: dayName(day), source: 'package' });
  if (overridesApplied) {
    for (const override of overrides) {
      const view: CalendarDayView = { day: override.day, note: override.note, source: 'override' };
      (override.working ? off : on).delete(override.day);
      (override.working ? on : off).set(override.day, view);
    }
  }
  const sorted = (days: Map<string, CalendarDayView>) => [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  return {
    year,
    provisional: !published,
    source: packageYear ? 'package' : stored?.published ? 'administrator' : 'none',
    published,
    overridesApplied,
    note: stored?.note ?? null,
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
    daysOff: sorted(off),
    adjustedWorkdays: sorted(on),
    overrides: [...overrides].sort((a, b) => a.day.localeCompare(b.day)),
  };
}
