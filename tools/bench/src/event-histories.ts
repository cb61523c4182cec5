import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument, ProjectEvent, ProjectEventKind } from '@banfa/policy-model';
import { evaluate } from '@banfa/policy-runtime';
import type { SampleProject } from './sample-projects';

/** What happens to a project after its decision path, in order: each a few weeks after the one before. */
const LATER: readonly ProjectEventKind[] = [
  'approvalIssued',
  'procurementCompleted',
  'contractSigned',
  'constructionStarted',
  'constructionCompleted',
  'initialAcceptance',
  'goLive',
  'trialOperationStarted',
  'acceptanceApplied',
  'accepted',
  'acceptanceReportFiled',
  'budgetYearEnded',
];

/**
 * Projects with whole histories, for checking that reports stay the same (not for timing): from each sample project,
 * the pending steps are decided round by round (mostly approved, some late, some returned for correction and
 * resubmitted, a few rejected), then a deterministic share of the later events and reports follows. Each history is
 * judged on several days (before, during and long after it), so that steps, 补正 clocks, deadlines breached and
 * obligations in every state are all reached. Deterministic: the same projects give the same histories.
 */
export function eventHistories(doc: PolicyDocument, projects: readonly SampleProject[], calendar: WorkingCalendar): SampleProject[] {
  const out: SampleProject[] = [];
  projects.forEach((project, i) => {
    const events: ProjectEvent[] = [...project.events];
    let day = events[0]?.on ?? project.at;
    for (let round = 0; round < 12; round++) {
      const report = evaluate(doc, { facts: project.facts, events }, day, { calendar });
      const pending = report.steps.filter((step) => step.state === 'active' || step.state === 'overdue');
      if (pending.length === 0) break;
      pending.forEach((step, s) => {
        const pick = (i * 7 + round * 3 + s) % 11;
        const due = step.deadline?.dueOn ?? day;
        const on = pick === 0 ? calendar.addWorkingDays(due, 3).date : pick === 1 ? (step.startedOn ?? day) : due;
        if (pick === 2 && round < 3) {
          events.push({ kind: 'stepCompleted', step: step.id, outcome: 'return', reason: '材料不全', on });
          events.push({ kind: 'resubmitted', on: calendar.addWorkingDays(on, 2).date });
        } else if (pick === 3 && i % 5 === 0) {
          events.push({ kind: 'stepCompleted', step: step.id, outcome: 'reject', reason: '不符合要求', on });
        } else {
          events.push({ kind: 'stepCompleted', step: step.id, outcome: 'approve', on });
        }
        if (on > day) day = on;
      });
      day = events.reduce((latest, event) => (event.on > latest ? event.on : latest), day);
    }
    const upTo = i % (LATER.length + 1);
    for (let k = 0; k < upTo; k++) {
      day = calendar.addCalendarDays(day, 20 + ((i + k) % 40), false).date;
      events.push({ kind: LATER[k] as ProjectEventKind, on: day });
    }
    for (const obligation of doc.obligations) {
      if ((i + obligation.id.length) % 3 === 0) events.push({ kind: 'reportSubmitted', obligation: obligation.id, on: calendar.addCalendarDays(day, 30, false).date });
    }
    const first = events[0]?.on ?? project.at;
    const last = events.reduce((latest, event) => (event.on > latest ? event.on : latest), first);
    for (const at of [first, calendar.addWorkingDays(first, 7).date, last, calendar.addCalendarDays(last, 400, false).date]) {
      out.push({ facts: project.facts, events: [...events], at });
    }
  });
  return out;
}
