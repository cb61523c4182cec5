import type { WorkingCalendar } from '@banfa/calendar';
import type { StepOutcome } from '@banfa/policy-model';
import type { ConditionEvaluator } from './condition.evaluator';
import type { ConditionTrace, Finding, StepReport, StepState } from './decision-report.types';
import type { StepDecision } from './decisions.types';
import { anchorDay, basisText, dueAnswer, missingLengthMessage, periodLength } from './deadline';
import type { ExecutionPlan, StepPlan } from './execution-plan.types';
import type { FactReader } from './fact-row';
import type { PastEvents } from './past-events';
import { deadlineAnswer, startedDecision } from './step-decision.build';
import { startedReport, unstartedReport } from './step-report.build';

/** What folding the events writes about a step: the part a StepReport and a StepDecision have in common. */
export interface StepProgress {
  state: StepState;
  startedOn?: string;
  resubmittedOn?: string;
  doneOn?: string;
  outcome?: StepOutcome;
  reason?: string;
  deadline?: { text: string; basis?: string; dueOn?: string; soft: boolean; provisional: boolean };
}

/**
 * How the fold makes its answers: full reports, their conditions recorded in the trace (evaluate), or decisions
 * only (decide). One fold, so that the two can never disagree on a state or a date; the mode is one branch per step,
 * not a call through an interface, which costs the full report nothing.
 */
export type StepAnswers =
  | { readonly conditions: ConditionEvaluator; readonly findings: Finding[] }
  | { readonly row: FactReader; readonly conditions?: undefined; readonly findings?: undefined };

/** The steps to fold, each after those it comes after, and which of them to answer for in what order (all, as folded, when undefined). */
export interface Folded {
  readonly steps: readonly StepPlan[];
  readonly order: readonly number[] | undefined;
}

/**
 * Folds a project's events into the state of every step on its track. Steps run when all the steps they
 * come after are done or skipped; steps with the same predecessors run in parallel.
 */
export function foldSteps(plan: ExecutionPlan, folded: Folded, past: PastEvents, at: string, calendar: WorkingCalendar, answers: { conditions: ConditionEvaluator; findings: Finding[] }): StepReport[];
export function foldSteps(plan: ExecutionPlan, folded: Folded, past: PastEvents, at: string, calendar: WorkingCalendar, answers: { row: FactReader }): StepDecision[];
export function foldSteps(plan: ExecutionPlan, folded: Folded, past: PastEvents, at: string, calendar: WorkingCalendar, answers: StepAnswers): Array<StepReport | StepDecision> {
  const submitted = past.firstOn('submitted');
  const { conditions, findings } = answers;
  const row = conditions ? conditions.row : (answers as { row: FactReader }).row;
  const steps = folded.steps;
  // The answers in fold order: a step's predecessors are found by their position. Whether each is settled and
  // when it was done are kept beside them, so that reading them does not depend on the shape of the answer.
  // The arrays are sized once: one grown by push starts at 17 slots and grows again.
  const count = steps.length;
  const reports = new Array<StepProgress>(count);
  const settledAt = new Array<boolean>(count);
  const doneOnAt = new Array<string | undefined>(count);
  for (let position = 0; position < count; position++) {
    const planned = steps[position] as StepPlan;
    const step = planned.step;
    const site = planned.site;
    // For a report, the condition's trace entry and its memo key (the parts built from it are shared alike).
    let entry: ConditionTrace | undefined;
    let key = 0;
    let truth: boolean | 'unknown' | undefined;
    if (!site) truth = undefined;
    else if (conditions) {
      entry = conditions.record(site);
      key = conditions.lastKey;
      truth = entry.result;
    } else truth = site.condition.decide(row);
    if (truth === false) {
      reports[position] = conditions ? unstartedReport(planned, entry, key) : planned.decided.skipped;
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
        // A step that comes after itself waits for itself (its answer, still waiting, is already made).
        if (before === position) settled = false;
        continue;
      }
      if (settledAt[before] !== true) settled = false;
      const doneOn = doneOnAt[before];
      if (doneOn !== undefined && (latestDone === undefined || doneOn > latestDone)) latestDone = doneOn;
    }
    // Until then it neither starts nor is done.
    if (!settled) {
      reports[position] = conditions ? unstartedReport(planned, entry, key) : planned.decided.waiting;
      settledAt[position] = false;
      continue;
    }
    // A step completed by an event (the applicant's own steps, by submitting) is done once the event has
    // happened and every step it comes after is settled, on the later of those dates.
    const doneEventOn = step.doneOn ? past.firstOn(step.doneOn) : undefined;
    const startedOn = submitted ? later(submitted, latestDone) : undefined;
    if (!startedOn && doneEventOn === undefined) {
      reports[position] = conditions ? unstartedReport(planned, entry, key) : planned.decided.waiting;
      settledAt[position] = false;
      continue;
    }
    // The answer is a report or a decision, of several shapes, so each of its properties read or written here is a
    // lookup by shape: it is made with its state, start, day done by its event and deadline, which the fold then
    // keeps in locals; it gets its state again only if that changes. What it did not have is added in the order the
    // events give it (startedOn, then outcome, reason, doneOn …), which is the order its keys are listed in.
    const doneByEvent = doneEventOn !== undefined ? later(doneEventOn, latestDone) : undefined;
    const started = doneByEvent !== undefined ? 'done' : 'active';
    const shownDeadline = deadlineAnswer(planned);
    const report: StepProgress = conditions
      ? startedReport(planned, entry, started, startedOn, doneByEvent, shownDeadline)
      : startedDecision(planned, started, startedOn, doneByEvent, shownDeadline);
    reports[position] = report;
    let state: StepState = started;
    let doneOn = doneByEvent;
    // The day the step's period counts from: its start, or the resubmission after a return for correction.
    let clockStart = startedOn;
    let usedBefore = 0;
    // Started (the step was not left waiting above): a step its event completes is under way until that event is
    // recorded; no body decides on it.
    if (doneByEvent === undefined && startedOn && !step.doneOn) {
      for (const event of past.events) {
        if (event.step !== step.id || event.on < startedOn) continue;
        if (event.kind === 'stepCompleted') {
          report.outcome = event.outcome;
          report.reason = event.reason;
          report.doneOn = doneOn = event.on;
          state = event.outcome === 'approve' ? 'done' : event.outcome === 'reject' ? 'rejected' : 'returned';
        } else if (event.kind === 'resubmitted' && state === 'returned') {
          // 补正: the step runs again from the resubmission; the document says whether its clock restarts or resumes.
          if (plan.resumeReturnedClock && step.deadline?.unit === 'workingDays' && doneOn) {
            usedBefore += calendar.workingDaysCounted(clockStart ?? startedOn, doneOn, plan.counting);
          }
          clockStart = event.on;
          state = 'active';
          report.resubmittedOn = event.on;
          delete report.doneOn;
          delete report.outcome;
          doneOn = undefined;
        }
      }
    }
    const period = planned.period;
    // A step done by an event before the project was submitted in Banfa has no start to count from.
    const anchor = period && shownDeadline ? anchorDay(period.deadline.from, past, clockStart) : undefined;
    if (period && shownDeadline && anchor) {
      const deadline = period.deadline;
      const length = periodLength(deadline, row.facts);
      if (length === undefined) {
        // A length read from a fact the project lacks: no due date, and a finding that says which fact to supply.
        if (findings) {
          const fact = (deadline.amount as { fact: string }).fact;
          const message = missingLengthMessage(step.name, period.factLabel ?? fact, row.facts[fact]);
          shownDeadline.basis = message;
          findings.push({ level: 'warning', code: 'deadline-length-missing', source: step.id, message, cite: step.cite, citeText: planned.citeText });
        }
      } else {
        const amount = usedBefore > 0 ? Math.max(length - usedBefore, 0) : length;
        const due = dueAnswer(calendar, amount, deadline.unit, anchor, plan.counting);
        const dueOn = due.date;
        if (findings) shownDeadline.basis = basisText(amount, deadline.unit, anchor, due.provisional, period.note, period.factLabel);
        shownDeadline.dueOn = dueOn;
        shownDeadline.provisional = due.provisional;
        const finishedOn = doneOn ?? at;
        if (finishedOn > dueOn && (state === 'active' || state === 'done')) {
          if (state === 'active') state = 'overdue';
          findings?.push({
            level: deadline.soft ? 'warning' : 'error',
            code: 'deadline-breached',
            message: `“${step.name}”应于${dueOn}前完成（${shownDeadline.text}），${state === 'done' ? `实际于${finishedOn}完成` : '现已逾期'}`,
            cite: step.cite,
            citeText: planned.citeText,
          });
        }
      }
    }
    if (state !== started) report.state = state;
    // (A skipped step was answered above.)
    settledAt[position] = state === 'done';
    doneOnAt[position] = doneOn;
    if (state === 'rejected') {
      findings?.push({ level: 'error', code: 'step-rejected', message: `“${step.name}”未通过：${report.reason ?? '未说明理由'}`, cite: step.cite, citeText: planned.citeText });
    }
  }
  const order = folded.order;
  return (order ? order.map((position) => reports[position] as StepProgress) : reports) as Array<StepReport | StepDecision>;
}

/** The later of two ISO dates. */
function later(day: string, other: string | undefined): string {
  return other !== undefined && other > day ? other : day;
}
