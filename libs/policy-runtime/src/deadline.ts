import type { CountingRules, DateAnswer, PeriodUnit, WorkingCalendar } from '@banfa/calendar';
import { describeAnchor, describeSpan, type Counting, type Deadline, type DeadlineAnchor, type FactValues } from '@banfa/policy-model';
import type { PastEvents } from './past-events';

const UNIT_TEXT = { workingDays: '个工作日', calendarDays: '日', months: '个月' } as const;

/** "原则上5个工作日内", "原则上“批复的建设周期”个月内" */
export function deadlineText(deadline: Deadline, factLabel?: (key: string) => string): string {
  return `${deadline.soft ? '原则上' : ''}${describeSpan({ ...deadline, earliest: undefined }, factLabel)}内`;
}

/** A document's counting conventions as the calendar takes them; a schedule may set its own `holidayEnd`. */
export function countingRules(counting: Counting, holidayEnd: CountingRules['holidayEnd'] = counting.holidayEnd): CountingRules {
  return Object.freeze({ eventDay: counting.eventDay ?? 'excluded', adjustedWorkdays: counting.adjustedWorkdays ?? 'count', holidayEnd });
}

/**
 * What a period's basis says besides its length and start, fixed by the document: which of several events it
 * counts from, and the counting conventions that are not the civil code's defaults ("" when there are none).
 */
export function basisNote(deadline: Deadline, counting: CountingRules): string {
  const notes: string[] = [];
  if (typeof deadline.from !== 'string') notes.push(describeAnchor(deadline.from));
  if (counting.eventDay === 'included') notes.push('当日计入');
  if (counting.adjustedWorkdays === 'skip' && deadline.unit === 'workingDays') notes.push('调休上班日不计');
  return notes.length > 0 ? `（${notes.join('；')}）` : '';
}

/** The last day of a period of `amount` units counted from `start` under the counting rules. */
export function dueAnswer(calendar: WorkingCalendar, amount: number, unit: PeriodUnit, start: string, counting: CountingRules): DateAnswer {
  return calendar.count(start, amount, unit, counting);
}

/**
 * "5个工作日，自2025-09-30起算", "18个月（批复的建设周期），自2025-01-10起算", with the document's notes and a note when
 * the year's holidays are not published yet.
 */
export function basisText(amount: number, unit: PeriodUnit, start: string, provisional: boolean, note = '', factLabel?: string): string {
  return `${amount}${UNIT_TEXT[unit]}${factLabel ? `（${factLabel}）` : ''}，自${start}起算${note}${provisional ? '（该年度法定节假日尚未公布，暂按周一至周五计算）' : ''}`;
}

/**
 * The day a period counts from: for one event, the first time it happened (`started`: the day given as the start);
 * for `laterOf`, the day the last of its events happened (once all have); for `earlierOf`, the day the first did.
 */
export function anchorDay(from: DeadlineAnchor, past: PastEvents, started: string | undefined): string | undefined {
  if (typeof from === 'string') return from === 'started' ? started : past.firstOn(from);
  const later = 'laterOf' in from;
  let chosen: string | undefined;
  for (const event of later ? from.laterOf : from.earlierOf) {
    const on = past.firstOn(event);
    if (on === undefined) {
      if (later) return undefined;
      continue;
    }
    if (chosen === undefined || (later ? on > chosen : on < chosen)) chosen = on;
  }
  return chosen;
}

/** A period's length: fixed, or a project's integer fact when it is a whole number above 0 (else undefined). */
export function periodLength(deadline: Deadline, facts: FactValues): number | undefined {
  const amount = deadline.amount;
  if (typeof amount === 'number') return amount;
  const value = facts[amount.fact];
  // Ten thousand units is beyond any period a regulation sets; a larger value is an input error, not a deadline.
  return typeof value === 'bigint' && value > 0n && value <= 10_000n ? Number(value) : undefined;
}

/** The finding for a period whose length is read from a fact the project does not have (or not as a whole number above 0). */
export function missingLengthMessage(name: string, factLabel: string, value: unknown): string {
  return `“${name}”的期限长度取自项目的“${factLabel}”，${value === undefined ? '该项尚未填写' : `其值（${String(value)}）不是大于0的整数`}，无法计算到期日；请补充后重新计算`;
}
