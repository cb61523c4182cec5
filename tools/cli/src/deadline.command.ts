import { chineseDaysYears, CIVIL_CODE_COUNTING, WorkingCalendar, type CountingRules, type PeriodUnit } from '@banfa/calendar';

export interface DeadlineOptions {
  from: string;
  workingDays?: string;
  calendarDays?: string;
  months?: string;
  roll?: boolean;
  /** counting.holidayEnd: next-working-day, previous-working-day or unchanged (--no-roll is unchanged). */
  holidayEnd?: string;
  /** counting.eventDay: included. */
  eventDayIncluded?: boolean;
  /** counting.adjustedWorkdays: skip. */
  skipAdjustedWorkdays?: boolean;
  json?: boolean;
}

export class CliInputError extends Error {}

const HOLIDAY_ENDS: ReadonlyArray<CountingRules['holidayEnd']> = ['next-working-day', 'previous-working-day', 'unchanged'];

/**
 * `banfa deadline --from 2025-09-30 --working-days 5` → 2025-10-14, on the official calendar, under the civil code's
 * counting unless told otherwise (the same conventions a policy's `counting` sets).
 */
export function deadlineCommand(options: DeadlineOptions, out: (line: string) => void): number {
  const given = [options.workingDays, options.calendarDays, options.months].filter((value) => value !== undefined);
  if (given.length !== 1) throw new CliInputError('请只给出 --working-days、--calendar-days、--months 中的一项');
  const amount = Number(given[0]);
  if (!Number.isInteger(amount) || amount < 0) throw new CliInputError(`期限应为非负整数，而不是“${given[0]}”`);
  const holidayEnd = options.holidayEnd ?? (options.roll === false ? 'unchanged' : CIVIL_CODE_COUNTING.holidayEnd);
  if (!(HOLIDAY_ENDS as ReadonlyArray<string>).includes(holidayEnd)) {
    throw new CliInputError(`--holiday-end 应为 ${HOLIDAY_ENDS.join('、')} 之一，而不是“${holidayEnd}”`);
  }
  const rules: CountingRules = {
    eventDay: options.eventDayIncluded ? 'included' : 'excluded',
    adjustedWorkdays: options.skipAdjustedWorkdays ? 'skip' : 'count',
    holidayEnd: holidayEnd as CountingRules['holidayEnd'],
  };
  const unit: PeriodUnit = options.workingDays !== undefined ? 'workingDays' : options.calendarDays !== undefined ? 'calendarDays' : 'months';
  const answer = new WorkingCalendar(chineseDaysYears()).count(options.from, amount, unit, rules);
  const unitText = { workingDays: '个工作日', calendarDays: '日', months: '个月' }[unit];
  if (options.json) {
    out(JSON.stringify({ from: options.from, amount, unit: unitText, due: answer.date, provisional: answer.provisional, counting: rules }));
  } else {
    const notes = [rules.adjustedWorkdays === 'skip' && unit === 'workingDays' ? '调休上班日不计' : '', answer.provisional ? '该年度法定节假日尚未公布，为暂定日期' : ''].filter(Boolean);
    out(`${answer.date}（自${options.from}${rules.eventDay === 'included' ? '当日' : '次日'}起算${amount}${unitText}${notes.map((note) => `；${note}`).join('')}）`);
  }
  return 0;
}
