import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';

export interface DeadlineOptions {
  from: string;
  workingDays?: string;
  calendarDays?: string;
  months?: string;
  roll?: boolean;
  json?: boolean;
}

export class CliInputError extends Error {}

/** `banfa deadline --from 2025-09-30 --working-days 5` → 2025-10-14, on the official calendar. */
export function deadlineCommand(options: DeadlineOptions, out: (line: string) => void): number {
  const given = [options.workingDays, options.calendarDays, options.months].filter((value) => value !== undefined);
  if (given.length !== 1) throw new CliInputError('请只给出 --working-days、--calendar-days、--months 中的一项');
  const amount = Number(given[0]);
  if (!Number.isInteger(amount) || amount < 0) throw new CliInputError(`期限应为非负整数，而不是“${given[0]}”`);
  const calendar = new WorkingCalendar(chineseDaysYears());
  const roll = options.roll ?? true;
  const answer =
    options.workingDays !== undefined
      ? calendar.addWorkingDays(options.from, amount)
      : options.calendarDays !== undefined
        ? calendar.addCalendarDays(options.from, amount, roll)
        : calendar.addMonths(options.from, amount, roll);
  const unit = options.workingDays !== undefined ? '个工作日' : options.calendarDays !== undefined ? '日' : '个月';
  if (options.json) {
    out(JSON.stringify({ from: options.from, amount, unit, due: answer.date, provisional: answer.provisional }));
  } else {
    out(`${answer.date}（自${options.from}次日起算${amount}${unit}${answer.provisional ? '；该年度法定节假日尚未公布，为暂定日期' : ''}）`);
  }
  return 0;
}
