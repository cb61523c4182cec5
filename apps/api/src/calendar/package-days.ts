import { chineseDaysYears, type CalendarYear } from '@banfa/calendar';
import data from 'chinese-days/dist/chinese-days.json';

/** The package's years (chinese-days, maintained from the State Council's notices), read once. */
export const PACKAGE_YEARS: ReadonlyArray<CalendarYear> = chineseDaysYears();

const PACKAGE_YEAR_SET = new Set(PACKAGE_YEARS.map((year) => year.year));

export function inPackage(year: number): boolean {
  return PACKAGE_YEAR_SET.has(year);
}

/** The Chinese name of the holiday a package day belongs to: “National Day,国庆节,3” → 国庆节. */
export function packageDayName(day: string): string | null {
  const value = (data.holidays as Record<string, string>)[day] ?? (data.workdays as Record<string, string>)[day];
  return value?.split(',')[1] ?? null;
}
