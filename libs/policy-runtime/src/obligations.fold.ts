import type { WorkingCalendar } from '@banfa/calendar';
import type { DeadlineAnchor, FactValues } from '@banfa/policy-model';
import type { CalendarPoints } from './calendar-points';
import type { ConditionEvaluator } from './condition.evaluator';
import { anchorDay, basisText, dueAnswer, missingLengthMessage, periodLength } from './deadline';
import type { ConditionTrace, Finding, ObligationReport } from './decision-report.types';
import type { ObligationPlan, PeriodPlan, TrackPlan } from './execution-plan.types';
import type { PastEvents } from './past-events';

const NO_REPORTS: readonly string[] = Object.freeze([]);

/**
 * The obligations a project carries on `at`: each with its state and its next due date. An obligation is fulfilled
 * by a `reportSubmitted` event naming it; periodic ones fall due again each period until their end event.
 */
export function foldObligations(
  track: TrackPlan,
  past: PastEvents,
  at: string,
  calendar: WorkingCalendar,
  conditions: ConditionEvaluator,
  findings: Finding[],
): ObligationReport[] {
  // Sized once and cut to length (an array grown by push starts at 17 slots).
  const out = new Array<ObligationReport>(track.obligations.length);
  let count = 0;
  for (const planned of track.obligations) {
    const condition = planned.site ? conditions.record(planned.site) : undefined;
    if (condition?.result === false) continue;
    const key = planned.site ? conditions.lastKey : 0;
    if (condition?.result === 'unknown' || waiting(planned, past)) {
      out[count++] = unstarted(planned, condition, key);
      continue;
    }
    const report = obligationReport(planned, condition);
    due(planned, past, reportsOf(past, planned.obligation.id), at, calendar, conditions.row.facts, report, findings);
    out[count++] = report;
  }
  if (count !== out.length) out.length = count;
  return out;
}

/** The report of an obligation whose condition is unknown or whose first event has not happened: shared. */
function unstarted(planned: ObligationPlan, condition: ConditionTrace | undefined, key: number): ObligationReport {
  if (key < 0) return obligationReport(planned, condition);
  return planned.unstarted.get(key) ?? planned.unstarted.keep(key, Object.freeze(obligationReport(planned, condition)));
}

/** Whether the event an obligation counts from has not happened yet (it waits, with no due date). */
function waiting(planned: ObligationPlan, past: PastEvents): boolean {
  const schedule = planned.schedule;
  switch (schedule.kind) {
    case 'upon':
      return !anchorOn(past, schedule.event);
    case 'after':
      return !periodAnchorOn(past, schedule.deadline.from);
    case 'every':
      return !anchorOn(past, schedule.from);
    case 'calendar':
      return Boolean(schedule.from) && !anchorOn(past, schedule.from as string);
  }
}

/** An obligation's report before its events are folded in. */
function obligationReport(planned: ObligationPlan, condition: ConditionTrace | undefined): ObligationReport {
  const { obligation, body, scheduleText: schedule, soft, citeText } = planned;
  const to = planned.to as ObligationReport['to'];
  return condition
    ? {
        id: obligation.id,
        name: obligation.name,
        body,
        to,
        state: condition.result === 'unknown' ? 'unknown' : 'waiting',
        schedule,
        soft,
        provisional: false,
        condition,
        cite: obligation.cite,
        citeText,
      }
    : { id: obligation.id, name: obligation.name, body, to, state: 'waiting', schedule, soft, provisional: false, cite: obligation.cite, citeText };
}

/** The days of the reports filed for an obligation, oldest first. */
function reportsOf(past: PastEvents, obligation: string): readonly string[] {
  let found: string[] | undefined;
  for (const event of past.events) {
    if (event.kind === 'reportSubmitted' && event.obligation === obligation) (found ??= []).push(event.on);
  }
  return found ?? NO_REPORTS;
}

/** `started` has no step to start for an obligation: it counts from the submission. */
function anchorOn(past: PastEvents, kind: string): string | undefined {
  return past.firstOn(kind === 'started' ? 'submitted' : kind);
}

/** The day a period after an event counts from: one event, or the later or earlier of several (see anchorDay). */
function periodAnchorOn(past: PastEvents, from: DeadlineAnchor): string | undefined {
  return typeof from === 'string' ? anchorOn(past, from) : anchorDay(from, past, undefined);
}

/** Writes the state, due date and basis into the report, in the order the report lists them. */
function due(
  planned: ObligationPlan,
  past: PastEvents,
  reports: readonly string[],
  at: string,
  calendar: WorkingCalendar,
  facts: FactValues,
  report: ObligationReport,
  findings: Finding[],
): void {
  const schedule = planned.schedule;
  const counting = planned.counting;
  switch (schedule.kind) {
    case 'upon': {
      const on = anchorOn(past, schedule.event);
      if (!on) {
        report.state = 'waiting';
        return;
      }
      report.state = reports.some((filed) => filed >= on) ? 'fulfilled' : 'open';
      report.dueOn = on;
      report.basis = `${on}起应即办理`;
      return;
    }
    case 'after': {
      const period = planned.period as PeriodPlan;
      const deadline = period.deadline;
      const anchor = periodAnchorOn(past, deadline.from);
      if (!anchor) {
        report.state = 'waiting';
        return;
      }
      const fulfilled = reports.some((filed) => filed >= anchor);
      const length = periodLength(deadline, facts);
      if (length === undefined) {
        // A length read from a fact the project lacks: no due date until it is supplied.
        const fact = (deadline.amount as { fact: string }).fact;
        report.state = fulfilled ? 'fulfilled' : 'unknown';
        report.basis = missingLengthMessage(planned.obligation.name, period.factLabel ?? fact, facts[fact]);
        if (!fulfilled) {
          const { obligation, citeText } = planned;
          findings.push({ level: 'warning', code: 'deadline-length-missing', source: obligation.id, message: report.basis, cite: obligation.cite, citeText });
        }
        return;
      }
      const latest = dueAnswer(calendar, length, deadline.unit, anchor, counting);
      // A window's first day is not moved for a day off: it only says when the duty may be done at the earliest.
      const earliest = deadline.earliest !== undefined ? dueAnswer(calendar, deadline.earliest, deadline.unit, anchor, planned.windowCounting) : undefined;
      report.state = fulfilled ? 'fulfilled' : at > latest.date ? 'overdue' : 'open';
      report.dueOn = latest.date;
      if (earliest) report.earliestOn = earliest.date;
      report.basis = basisText(length, deadline.unit, anchor, latest.provisional, period.note, period.factLabel);
      report.provisional = latest.provisional;
      return;
    }
    case 'every': {
      const from = anchorOn(past, schedule.from);
      if (!from) {
        report.state = 'waiting';
        return;
      }
      if (schedule.until && anchorOn(past, schedule.until)) {
        report.state = 'ended';
        return;
      }
      // A report fulfils the period it falls in: the next due date is the end of the period after it.
      const last = reports.at(-1);
      for (let k = 1; k < 1200; k++) {
        const end = calendar.count(from, k * schedule.amount, 'months', counting);
        if (last !== undefined && end.date < last) continue;
        const point = last !== undefined && end.date >= last ? calendar.count(from, (k + 1) * schedule.amount, 'months', counting) : end;
        report.state = at > point.date ? 'overdue' : 'open';
        report.dueOn = point.date;
        report.basis = `自${from}起每${schedule.amount}个月`;
        report.provisional = point.provisional;
        return;
      }
      report.state = 'open';
      return;
    }
    case 'calendar': {
      const from = schedule.from ? anchorOn(past, schedule.from) : undefined;
      if (schedule.from && !from) {
        report.state = 'waiting';
        return;
      }
      const untilOn = schedule.until ? anchorOn(past, schedule.until) : undefined;
      if (untilOn !== undefined && schedule.finalPeriod !== 'due') {
        report.state = 'ended';
        return;
      }
      // A report fulfils the period it falls in; without one, the first point on or after the start (or today).
      const last = reports.at(-1);
      const points = planned.points as CalendarPoints;
      const next = last !== undefined ? points.next(points.next(last, true), false) : points.next(from ?? at, true);
      // finalPeriod: due: it runs through the period in which `until` happened, and ends once that period is reported.
      if (untilOn !== undefined && next > points.next(untilOn, true)) {
        report.state = 'ended';
        return;
      }
      const after = last ?? from;
      const end = calendar.endOn(next, counting);
      report.state = after !== undefined && at > end.date ? 'overdue' : 'open';
      report.dueOn = end.date;
      report.basis = planned.scheduleText;
      report.provisional = end.provisional;
      return;
    }
  }
}
