import type { WorkingCalendar } from '@banfa/calendar';
import type { ConditionEvaluator } from './condition.evaluator';
import type { ConditionTrace, Finding, StepReport } from './decision-report.types';
import { dueDate } from './deadline';
import type { ExecutionPlan, StepPlan, TrackPlan } from './execution-plan.types';
import type { PastEvents } from './past-events';

/**
 * Folds a project's events into the state of every step on its track. Steps run when all the steps they
 * come after are done or skipped; steps with the same predecessors run in parallel.
 */
export function foldSteps(
  plan: ExecutionPlan,
  track: TrackPlan,
  past: PastEvents,
  at: string,
  calendar: WorkingCalendar,
  conditions: ConditionEvaluator,
  findings: Finding[],
): StepReport[] {
  const submitted = past.firstOn('submitted');
  const steps = track.steps;
  // The reports in fold order: a step's predecessors are found by their position. Whether each is settled and
  // when it was done are kept beside them, so that reading them does not depend on the shape of the report.
  // The arrays are sized once: one grown by push starts at 17 slots and grows again.
  const count = steps.length;
  const reports = new Array<StepReport>(count);
  const settledAt = new Array<boolean>(count);
  const doneOnAt = new Array<string | undefined>(count);
  for (let position = 0; position < count; position++) {
    const planned = steps[position] as StepPlan;
    const step = planned.step;
    const condition = planned.site ? conditions.record(planned.site) : undefined;
    const key = planned.site ? conditions.lastKey : 0;
    if (condition?.result === false) {
      reports[position] = unstarted(planned, condition, key);
      settledAt[position] = true;
      continue;
    }

    // A step starts when the application is in and every step it comes after is settled.
    let settled = true;
    let latestDone: string | undefined;
    const afterAt = planned.afterAt;
    for (let i = 0; i < afterAt.length; i++) {
      // Only steps already folded (validation refuses cycles, so that is all of them).
      const before = afterAt[i] as number;
      if (before >= position) {
        // A step that comes after itself waits for itself (its report, still waiting, is already made).
        if (before === position) settled = false;
        continue;
      }
      if (settledAt[before] !== true) settled = false;
      const doneOn = doneOnAt[before];
      if (doneOn !== undefined && (latestDone === undefined || doneOn > latestDone)) latestDone = doneOn;
    }
    // Until then it neither starts nor is done.
    if (!settled) {
      reports[position] = unstarted(planned, condition, key);
      settledAt[position] = false;
      continue;
    }
    // A step completed by an event (the applicant's own steps, by submitting) is done once the event has
    // happened and every step it comes after is settled, on the later of those dates.
    const doneEventOn = step.doneOn ? past.firstOn(step.doneOn) : undefined;
    const startedOn = submitted ? later(submitted, latestDone) : undefined;
    if (!startedOn && doneEventOn === undefined) {
      reports[position] = unstarted(planned, condition, key);
      settledAt[position] = false;
      continue;
    }
    const report = stepReport(planned, condition);
    reports[position] = report;
    // The day the step's period counts from: its start, or the resubmission after a return for correction.
    let clockStart = startedOn;
    let usedBefore = 0;
    if (startedOn) report.startedOn = startedOn;
    if (doneEventOn !== undefined) {
      report.state = 'done';
      report.doneOn = later(doneEventOn, latestDone);
    } else if (startedOn) {
      // A step its event completes is under way until that event is recorded; no body decides on it.
      report.state = 'active';
      if (!step.doneOn) {
        for (const event of past.events) {
          if (event.step !== step.id || event.on < startedOn) continue;
          if (event.kind === 'stepCompleted') {
            report.outcome = event.outcome;
            report.reason = event.reason;
            report.doneOn = event.on;
            report.state = event.outcome === 'approve' ? 'done' : event.outcome === 'reject' ? 'rejected' : 'returned';
          } else if (event.kind === 'resubmitted' && report.state === 'returned') {
            // 补正: the step runs again from the resubmission; the document says whether its clock restarts or resumes.
            if (plan.resumeReturnedClock && step.deadline?.unit === 'workingDays' && report.doneOn) {
              usedBefore += calendar.workingDaysBetween(clockStart ?? startedOn, report.doneOn).days;
            }
            clockStart = event.on;
            report.state = 'active';
            report.resubmittedOn = event.on;
            delete report.doneOn;
            delete report.outcome;
          }
        }
      }
    }
    const deadline = step.deadline;
    if (deadline && report.deadline) {
      const anchor = deadline.from === 'started' ? clockStart : past.firstOn(deadline.from);
      // A step done by an event before the project was submitted in Banfa has no start to count from.
      if (anchor) {
        const period = usedBefore > 0 ? { ...deadline, amount: Math.max(deadline.amount - usedBefore, 0) } : deadline;
        const due = dueDate(calendar, period, anchor, plan.rollToWorkingDay);
        report.deadline.basis = due.basis;
        report.deadline.dueOn = due.dueOn;
        report.deadline.provisional = due.provisional;
        const finishedOn = report.doneOn ?? at;
        if (finishedOn > due.dueOn && (report.state === 'active' || report.state === 'done')) {
          if (report.state === 'active') report.state = 'overdue';
          findings.push({
            level: deadline.soft ? 'warning' : 'error',
            code: 'deadline-breached',
            message: `“${step.name}”应于${due.dueOn}前完成（${report.deadline.text}），${report.state === 'done' ? `实际于${finishedOn}完成` : '现已逾期'}`,
            cite: step.cite,
            citeText: report.citeText,
          });
        }
      }
    }
    settledAt[position] = report.state === 'done' || report.state === 'skipped';
    doneOnAt[position] = report.doneOn;
    if (report.state === 'rejected') {
      findings.push({ level: 'error', code: 'step-rejected', message: `“${step.name}”未通过：${report.reason ?? '未说明理由'}`, cite: step.cite, citeText: report.citeText });
    }
  }
  const order = track.reportOrder;
  return order ? order.map((position) => reports[position] as StepReport) : reports;
}

/** The report of a step skipped or not started: shared by every project whose condition reads the same. */
function unstarted(planned: StepPlan, condition: ConditionTrace | undefined, key: number): StepReport {
  if (key < 0) return stepReport(planned, condition);
  const kept = planned.unstarted.get(key);
  if (kept) return kept;
  const report = stepReport(planned, condition);
  if (report.deadline) Object.freeze(report.deadline);
  return planned.unstarted.keep(key, Object.freeze(report));
}

/** A step's report before its events are folded in: what the document says, and its condition if it has one. */
function stepReport(planned: StepPlan, condition: ConditionTrace | undefined): StepReport {
  const { step, stage, body, after, citeText } = planned;
  // Written out for each combination so that every report has its keys in the same order, without spreads.
  const state = condition?.result === false ? 'skipped' : 'waiting';
  const deadline = planned.deadlineText !== undefined && step.deadline ? { text: planned.deadlineText, soft: step.deadline.soft, provisional: false } : undefined;
  if (condition) {
    return deadline
      ? { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], deadline, cite: step.cite, citeText }
      : { id: step.id, name: step.name, stage, body, state, condition, after: after as string[], cite: step.cite, citeText };
  }
  return deadline
    ? { id: step.id, name: step.name, stage, body, state, after: after as string[], deadline, cite: step.cite, citeText }
    : { id: step.id, name: step.name, stage, body, state, after: after as string[], cite: step.cite, citeText };
}

/** The later of two ISO dates. */
function later(day: string, other: string | undefined): string {
  return other !== undefined && other > day ? other : day;
}
