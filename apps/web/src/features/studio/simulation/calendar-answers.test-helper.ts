import { chineseDaysYears } from '@banfa/calendar';
import type { CalendarYearResponse } from './browser-calendar';

/** The api's answer for a year (GET /api/calendar/:year), the package's days corrected by overrides, as the api builds it. */
export function calendarAnswer(year: number, overrides: Array<{ day: string; working: boolean }> = []): CalendarYearResponse {
  const data = chineseDaysYears().find((candidate) => candidate.year === year);
  if (!data) return { year, provisional: true, published: false, source: 'none', daysOff: [], adjustedWorkdays: [] };
  const off = new Set(data.holidays);
  const on = new Set(data.workdays);
  for (const override of overrides) {
    (override.working ? off : on).delete(override.day);
    (override.working ? on : off).add(override.day);
  }
  return {
    year,
    provisional: false,
    published: true,
    source: 'package',
    daysOff: [...off].sort().map((day) => ({ day })),
    adjustedWorkdays: [...on].sort().map((day) => ({ day })),
  };
}
