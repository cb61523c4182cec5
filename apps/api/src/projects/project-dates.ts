import { AppError } from '../errors/app-error';
import { isCalendarDate } from './calendar-date';

/**
 * The day of an event or request: a real date, not before the project's submission (events before it belong to
 * no procedure here) and not in the future (an event is recorded once it has happened).
 */
export function assertEventDate(field: string, value: string, submittedOn: string, today: string): void {
  const refuse = (message: string) => new AppError('validation-failed', message, [{ field, message }]);
  if (!isCalendarDate(value)) throw refuse(`日期“${value}”不是有效日期，应为 YYYY-MM-DD，例如 2025-12-10`);
  if (value > today) throw refuse(`日期 ${value} 晚于今天（${today}）：事件发生后才能记录`);
  if (value < submittedOn) throw refuse(`日期 ${value} 早于项目申报日期 ${submittedOn}`);
}
