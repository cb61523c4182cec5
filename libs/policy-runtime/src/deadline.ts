import type { WorkingCalendar } from '@banfa/calendar';
import type { Deadline } from '@banfa/policy-model';

const UNIT_TEXT = { workingDays: '个工作日', calendarDays: '日', months: '个月' } as const;

/** "原则上5个工作日内" */
export function deadlineText(deadline: Deadline): string {
  return `${deadline.soft ? '原则上' : ''}${deadline.amount}${UNIT_TEXT[deadline.unit]}内`;
}

/** The due date of a period counted from `start` (the start day itself does not count). */
export function dueDate(
  calendar: WorkingCalendar,
  deadline: Deadline,
  start: string,
  rollToWorkingDay: boolean,
): { dueOn: string; basis: string; provisional: boolean } {
  const answer =
    deadline.unit === 'workingDays'
      ? calendar.addWorkingDays(start, deadline.amount)
      : deadline.unit === 'calendarDays'
        ? calendar.addCalendarDays(start, deadline.amount, rollToWorkingDay)
        : calendar.addMonths(start, deadline.amount, rollToWorkingDay);
  const basis = `${deadline.amount}${UNIT_TEXT[deadline.unit]}，自${start}起算${answer.provisional ? '（该年度法定节假日尚未公布，暂按周一至周五计算）' : ''}`;
  return { dueOn: answer.date, basis, provisional: answer.provisional };
}
