import { AppError } from '../errors/app-error';

/** The years the working-day calendar covers (libs/calendar's index). */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** The :year of a calendar route, checked: a four-digit year the calendar covers. */
export function parseCalendarYear(param: string): number {
  const year = /^\d{4}$/.test(param) ? Number(param) : Number.NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new AppError('validation-failed', '年份不正确', [
      { field: 'year', message: `“${param}”不是日历覆盖的年份：应为 ${FIRST_YEAR}–${LAST_YEAR} 之间的四位数字，如 /api/calendar/2026` },
    ]);
  }
  return year;
}
