/**
 * The official working-day calendar of one year, as published by the State Council:
 * statutory holidays that fall on weekdays are days off, adjusted weekend workdays (调休上班) are working days.
 */
export interface CalendarYear {
  year: number;
  /** Dates (YYYY-MM-DD) that are days off although they may be weekdays. */
  holidays: ReadonlyArray<string>;
  /** Weekend dates (YYYY-MM-DD) that are working days (调休上班). */
  workdays: ReadonlyArray<string>;
  /** Where the year's data comes from: the package, or an administrator's correction. */
  source: string;
}

/** An administrator's correction of single days of a year (a late notice, a local arrangement). */
export interface CalendarOverride {
  date: string;
  working: boolean;
}
