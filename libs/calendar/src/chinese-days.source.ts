import data from 'chinese-days/dist/chinese-days.json';
import type { CalendarYear } from './calendar-data';

/**
 * The years published in the chinese-days package (maintained from the State Council's notices).
 * For a year the package has no data for, it silently treats every weekday as a working day; we never ask it
 * about such a year: the calendar marks deadlines there as provisional instead.
 */
export function chineseDaysYears(): CalendarYear[] {
  const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
  const entry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let value = byYear.get(year);
    if (!value) byYear.set(year, (value = { holidays: [], workdays: [] }));
    return value;
  };
  for (const date of Object.keys(data.holidays)) entry(date).holidays.push(date);
  for (const date of Object.keys(data.workdays)) entry(date).workdays.push(date);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({ year, ...days, source: 'chinese-days' }));
}
