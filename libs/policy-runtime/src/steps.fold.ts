import type { WorkingCalendar } from '@banfa/calendar';
import { formatCitation, type PolicyDocument, type ProjectEvent } from '@banfa/policy-model';
import type { ConditionEvaluator } from './condition.evaluator';
import { deadlineText, dueDate } from './deadline';
import type { Finding, StepReport } from './decision-report.types';

/**
 * Folds a project's events into the state of every step on its track. Steps run when all the steps they
 * come after are done or skipped; steps with the same predecessors run in parallel.
 */
export function foldSteps(
  doc: PolicyDocument,
  trackId: string,
  events: ReadonlyArray<ProjectEvent>,
  at: string,
  calendar: WorkingCalendar,
  conditions: ConditionEvaluator,
): { steps: StepReport[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const sorted = [...events].filter((event) => event.on <= at).sort((a, b) => a.on.localeCompare(b.on));
  const submitted = sorted.find((event) => event.kind === 'submitted')?.on;
  const bodies = new Map(doc.bodies.map((body) => [body.id, body]));
  const reports = new Map<string, StepReport>();

  // Steps on the track, folded so that every step comes after the steps it names in `after`, wherever they are
  // written; the report keeps the document's order.
  const onTrack = doc.stages.flatMap((stage) =>
    stage.steps.filter((step) => !step.tracks || step.tracks.includes(trackId)).map((step) => ({ stage, step })),
  );
  const ids = new Set(onTrack.map(({ step }) => step.id));
  for (const { stage, step } of topological(onTrack, ids)) {
    const body = bodies.get(step.body);
    const condition = step.when ? conditions.evaluate(step.when, `steps.${step.id}.when`, step.cite) : undefined;
    const report: StepReport = {
      id: step.id,
      name: step.name,
      stage: { id: stage.id, name: stage.name },
      body: { id: step.body, name: body?.name ?? step.body, catalogueKey: body?.catalogueKey ?? '' },
      state: condition?.result === false ? 'skipped' : 'waiting',
      ...(condition ? { condition } : {}),
      // Predecessors that are not on this track (an approval-only step named by a shared step) do not hold it up.
      after: step.after.filter((id) => ids.has(id)),
      ...(step.deadline ? { deadline: { text: deadlineText(step.deadline), soft: step.deadline.soft, provisional: false } } : {}),
      cite: step.cite,
      citeText: formatCitation(step.cite),
    };
    reports.set(step.id, report);
    if (report.state === 'skipped') continue;

    // A step starts when the application is in and every step it comes after is settled.
    const predecessors = report.after.map((id) => reports.get(id)).filter((r): r is StepReport => r !== undefined);
    const settled = predecessors.every((p) => p.state === 'done' || p.state === 'skipped');
    // A step completed by an event (the applicant's own steps, by submitting) is done once the event has
    // happened and every step it comes after is settled, on the later of those dates.
    const doneEvent = step.doneOn ? sorted.find((event) => event.kind === step.doneOn) : undefined;
    const startedOn =
      submitted && settled ? ([submitted, ...predecessors.map((p) => p.doneOn ?? submitted)].sort().at(-1) ?? submitted) : undefined;
    // The day the step's period counts from: its start, or the resubmission after a return for correction.
    let clockStart = startedOn;
    let usedBefore = 0;
    if (startedOn) report.startedOn = startedOn;
    if (doneEvent && settled) {
      const doneOn = [doneEvent.on, ...predecessors.map((p) => p.doneOn ?? doneEvent.on)].sort().at(-1) ?? doneEvent.on;
      Object.assign(report, { state: 'done', doneOn });
    } else if (startedOn) {
      // A step its event completes is under way until that event is recorded; no body decides on it.
      report.state = 'active';
      for (const event of step.doneOn ? [] : sorted) {
        if (event.step !== step.id || event.on < startedOn) continue;
        if (event.kind === 'stepCompleted') {
          report.outcome = event.outcome;
          report.reason = event.reason;
          report.doneOn = event.on;
          report.state = event.outcome === 'approve' ? 'done' : event.outcome === 'reject' ? 'rejected' : 'returned';
        } else if (event.kind === 'resubmitted' && report.state === 'returned') {
          // 补正: the step runs again from the resubmission; the document says whether its clock restarts or resumes.
          if (doc.counting.returnedClock === 'resume' && step.deadline?.unit === 'workingDays' && report.doneOn) {
            usedBefore += calendar.workingDaysBetween(clockStart ?? startedOn, report.doneOn).days;
          }
          clockStart = event.on;
          report.state = 'active';
          report.resubmittedOn = event.on;
          delete report.doneOn;
          delete report.outcome;
        }
      }
    } else {
      continue;
    }
    if (step.deadline && report.deadline) {
      const anchor = step.deadline.from === 'started' ? clockStart : sorted.find((event) => event.kind === step.deadline?.from)?.on;
      // A step done by an event before the project was submitted in Banfa has no start to count from.
      if (anchor) {
        const period = usedBefore > 0 ? { ...step.deadline, amount: Math.max(step.deadline.amount - usedBefore, 0) } : step.deadline;
        const due = dueDate(calendar, period, anchor, doc.counting.holidayEnd === 'next-working-day');
        Object.assign(report.deadline, { basis: due.basis, dueOn: due.dueOn, provisional: due.provisional });
        const finishedOn = report.doneOn ?? at;
        if (finishedOn > due.dueOn && (report.state === 'active' || report.state === 'done')) {
          if (report.state === 'active') report.state = 'overdue';
          findings.push({
            level: step.deadline.soft ? 'warning' : 'error',
            code: 'deadline-breached',
            message: `“${step.name}”应于${due.dueOn}前完成（${report.deadline.text}），${report.state === 'done' ? `实际于${finishedOn}完成` : '现已逾期'}`,
            cite: step.cite,
            citeText: report.citeText,
          });
        }
      }
    }
    if (report.state === 'rejected') {
      findings.push({ level: 'error', code: 'step-rejected', message: `“${step.name}”未通过：${report.reason ?? '未说明理由'}`, cite: step.cite, citeText: report.citeText });
    }
  }
  return { steps: onTrack.flatMap(({ step }) => reports.get(step.id) ?? []), findings };
}

/** Document order, except that a step waits for the steps it comes after (validation refuses cycles). */
function topological<T extends { step: { id: string; after: string[] } }>(items: T[], ids: ReadonlySet<string>): T[] {
  const placed = new Set<string>();
  const out: T[] = [];
  let pending = items;
  while (pending.length > 0) {
    const ready = pending.filter(({ step }) => step.after.every((id) => !ids.has(id) || placed.has(id)));
    const next = ready.length > 0 ? ready : pending.slice(0, 1);
    for (const item of next) {
      placed.add(item.step.id);
      out.push(item);
    }
    pending = pending.filter((item) => !placed.has(item.step.id));
  }
  return out;
}
