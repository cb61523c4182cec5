import type { DateAnswer, WorkingCalendar } from '@banfa/calendar';
import type { Deadline } from '@banfa/policy-model';

const UNIT_TEXT = { workingDays: '个工作日', calendarDays: '日', months: '个月' } as const;

/** "原则上5个工作日内" */
export function deadlineText(deadline: Deadline): string {
  return `${deadline.soft ? '原则上' : ''}${deadline.amount}${UNIT_TEXT[deadline.unit]}内`;
}

/** The last day of a period counted from `start` (the start day itself does not count). */
export function dueAnswer(calendar: WorkingCalendar, deadline: Deadline, start: string, rollToWorkingDay: boolean): DateAnswer {
  return deadline.unit === 'workingDays'
    ? calendar.addWorkingDays(start, deadline.amount)
    : deadline.unit === 'calendarDays'
      ? calendar.addCalendarDays(start, deadline.amount, rollToWorkingDay)
      : calendar.addMonths(start, deadline.amount, rollToWorkingDay);
}

/** "5个工作日，自2025-09-30起算", with a note when the year's holidays are not published yet. */
export function basisText(deadline: Deadline, start: string, provisional: boolean): string {
  return `${deadline.amount}${UNIT_TEXT[deadline.unit]}，自${start}起算${provisional ? '（该年度法定节假日尚未公布，暂按周一至周五计算）' : ''}`;
}

/** The due date of a period counted from `start`, with its basis in words. */
export function dueDate(
  calendar: WorkingCalendar,
  deadline: Deadline,
  start: string,
  rollToWorkingDay: boolean,
): { dueOn: string; basis: string; provisional: boolean } {
  const answer = dueAnswer(calendar, deadline, start, rollToWorkingDay);
  return { dueOn: answer.date, basis: basisText(deadline, start, answer.provisional), provisional: answer.provisional };
}
