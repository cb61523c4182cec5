import type { WorkingCalendar } from '@banfa/calendar';
import { describeSchedule, formatCitation, type Obligation, type PolicyDocument, type ProjectEvent } from '@banfa/policy-model';
import type { ConditionEvaluator } from './condition.evaluator';
import { dueDate } from './deadline';
import type { ObligationReport } from './decision-report.types';

/**
 * The obligations a project carries on `at`: each with its state and its next due date. An obligation is fulfilled
 * by a `reportSubmitted` event naming it; periodic ones fall due again each period until their end event.
 */
export function foldObligations(
  doc: PolicyDocument,
  trackId: string,
  events: ReadonlyArray<ProjectEvent>,
  at: string,
  calendar: WorkingCalendar,
  conditions: ConditionEvaluator,
): ObligationReport[] {
  const roll = doc.counting.holidayEnd === 'next-working-day';
  const past = [...events].filter((event) => event.on <= at).sort((a, b) => a.on.localeCompare(b.on));
  // `started` has no step to start for an obligation: it counts from the submission.
  const firstOf = (kind: string) => past.find((event) => event.kind === (kind === 'started' ? 'submitted' : kind))?.on;
  const bodies = new Map(doc.bodies.map((body) => [body.id, body.name]));
  const named = (id: string) => ({ id, name: bodies.get(id) ?? id });

  return doc.obligations.flatMap((obligation): ObligationReport[] => {
    if (obligation.tracks && !obligation.tracks.includes(trackId)) return [];
    const condition = obligation.when ? conditions.evaluate(obligation.when, `obligations.${obligation.id}.when`, obligation.cite) : undefined;
    if (condition?.result === false) return [];
    const base: ObligationReport = {
      id: obligation.id,
      name: obligation.name,
      body: named(obligation.body),
      to: obligation.to.map(named),
      state: condition?.result === 'unknown' ? 'unknown' : 'waiting',
      schedule: describeSchedule(obligation.schedule),
      soft: obligation.soft || (obligation.schedule.kind === 'after' && obligation.schedule.deadline.soft),
      provisional: false,
      ...(condition ? { condition } : {}),
      cite: obligation.cite,
      citeText: formatCitation(obligation.cite),
    };
    if (base.state === 'unknown') return [base];
    const reports = past.filter((event) => event.kind === 'reportSubmitted' && event.obligation === obligation.id).map((event) => event.on);
    return [{ ...base, ...due(obligation, firstOf, reports, at, calendar, roll) }];
  });
}

function due(
  obligation: Obligation,
  firstOf: (kind: string) => string | undefined,
  reports: string[],
  at: string,
  calendar: WorkingCalendar,
  roll: boolean,
): Partial<ObligationReport> {
  const schedule = obligation.schedule;
  switch (schedule.kind) {
    case 'upon': {
      const on = firstOf(schedule.event);
      if (!on) return { state: 'waiting' };
      return { state: reports.some((report) => report >= on) ? 'fulfilled' : 'open', dueOn: on, basis: `${on}起应即办理` };
    }
    case 'after': {
      const anchor = firstOf(schedule.deadline.from);
      if (!anchor) return { state: 'waiting' };
      const latest = dueDate(calendar, schedule.deadline, anchor, roll);
      const earliest =
        schedule.deadline.earliest !== undefined ? dueDate(calendar, { ...schedule.deadline, amount: schedule.deadline.earliest }, anchor, false) : undefined;
      const fulfilled = reports.some((report) => report >= anchor);
      return {
        state: fulfilled ? 'fulfilled' : at > latest.dueOn ? 'overdue' : 'open',
        dueOn: latest.dueOn,
        ...(earliest ? { earliestOn: earliest.dueOn } : {}),
        basis: latest.basis,
        provisional: latest.provisional,
      };
    }
    case 'every': {
      const from = firstOf(schedule.from);
      if (!from) return { state: 'waiting' };
      if (schedule.until && firstOf(schedule.until)) return { state: 'ended' };
      // A report fulfils the period it falls in: the next due date is the end of the period after it.
      const last = reports.at(-1);
      for (let k = 1; k < 1200; k++) {
        const end = calendar.addMonths(from, k * schedule.amount, roll);
        if (last !== undefined && end.date < last) continue;
        if (last !== undefined && end.date >= last && k > 0) {
          const next = calendar.addMonths(from, (k + 1) * schedule.amount, roll);
          return { state: at > next.date ? 'overdue' : 'open', dueOn: next.date, basis: `自${from}起每${schedule.amount}个月`, provisional: next.provisional };
        }
        return { state: at > end.date ? 'overdue' : 'open', dueOn: end.date, basis: `自${from}起每${schedule.amount}个月`, provisional: end.provisional };
      }
      return { state: 'open' };
    }
    case 'calendar': {
      const from = schedule.from ? firstOf(schedule.from) : undefined;
      if (schedule.from && !from) return { state: 'waiting' };
      if (schedule.until && firstOf(schedule.until)) return { state: 'ended' };
      // A report fulfils the period it falls in; without one, the first point on or after the start (or today).
      const last = reports.at(-1);
      const next = last !== undefined
        ? nextCalendarPoint(schedule.period, schedule.dueBy, nextCalendarPoint(schedule.period, schedule.dueBy, last, true), false)
        : nextCalendarPoint(schedule.period, schedule.dueBy, from ?? at, true);
      const after = last ?? from;
      const end = roll ? calendar.addCalendarDays(next, 0, true) : { date: next, provisional: !calendar.covers(Number(next.slice(0, 4))) };
      const overdue = after !== undefined && at > end.date;
      return { state: overdue ? 'overdue' : 'open', dueOn: end.date, basis: describeSchedule(schedule), provisional: end.provisional };
    }
  }
}

/** The first quarter end, half-year end or yearly due day on or after `from` (strictly after, when a report was filed on it). */
function nextCalendarPoint(period: 'quarter' | 'half-year' | 'year', dueBy: string | undefined, from: string, inclusive: boolean): string {
  const year = Number(from.slice(0, 4));
  const points: string[] = [];
  for (const y of [year, year + 1]) {
    if (period === 'year') points.push(`${y}-${dueBy ?? '12-31'}`);
    if (period === 'half-year') points.push(`${y}-06-30`, `${y}-12-31`);
    if (period === 'quarter') points.push(`${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`);
  }
  return points.find((point) => (inclusive ? point >= from : point > from)) ?? points[points.length - 1] ?? from;
}
