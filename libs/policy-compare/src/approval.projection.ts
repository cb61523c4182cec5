import type { WorkingCalendar } from '@banfa/calendar';
import type { FactValues, PolicyDocument, ProjectEvent } from '@banfa/policy-model';
import { decide, type Decisions, type StepDecision } from '@banfa/policy-runtime';
import { stagePhases } from './phase.classify';

/** One 立项 step on the projected path to approval. */
export interface ApprovalStep {
  id: string;
  name: string;
  body: string;
  startedOn?: string;
  /** The day it is taken to finish: its due date, or its start when it has no period. */
  doneOn?: string;
  /** "原则上10个工作日内" */
  deadline?: string;
  /** The regulation sets it no period: counted as taking no time. */
  undated: boolean;
  citeText: string;
}

/**
 * Working days to approval: from the submission (exclusive) to the due date of the last step of the 立项 phase
 * (inclusive), on the official calendar, with every step taken to finish on its due date (the longest the rules
 * allow) and each step starting when those it comes after are done.
 */
export interface ApprovalTime {
  workingDays: number | null;
  submittedOn: string;
  /** The project has no submission on or before the comparison date: counted from that date. */
  assumedSubmission: boolean;
  /** The projected day of approval. */
  approvedBy?: string;
  /** Some steps have no period and count as taking no time: the figure is a minimum. */
  lowerBound: boolean;
  /** A period on the way is 原则上 (soft). */
  soft: boolean;
  /** A day counted lies in a year without a published holiday calendar. */
  provisional: boolean;
  steps: ApprovalStep[];
  /** Why there is no figure, when there is none. */
  reason?: string;
  /** The figure in Chinese. */
  text: string;
}

const PENDING = new Set(['active', 'overdue']);

/**
 * Projects a project forward through its 立项 steps with the runtime itself: each pending step is completed on its
 * due date (or, without a period, on the day it starts), then the project is decided again, until no 立项 step
 * is pending. Real events on or before `at` are kept as they are. Each round needs the decisions only (decide()).
 */
export function projectApproval(doc: PolicyDocument, facts: FactValues, events: ReadonlyArray<ProjectEvent>, at: string, calendar: WorkingCalendar): ApprovalTime {
  const phases = stagePhases(doc);
  const initiation = (step: StepDecision) => phases.get(step.stage.id) === 'initiation';
  const real = events.filter((event) => event.on <= at);
  const submittedOn = real.find((event) => event.kind === 'submitted')?.on;
  const start = submittedOn ?? at;
  const projected: ProjectEvent[] = submittedOn ? [...real] : [...real, { kind: 'submitted', on: at }];
  const base = { submittedOn: start, assumedSubmission: submittedOn === undefined };
  const undated = new Set<string>();
  const { doneOnOf, limit, initiationDeadlines, initiationStages } = stepsOf(doc);
  // Only the decisions of the 立项 stages are read: decide() folds those (and the steps they come after) alone.
  const options = { calendar, stages: initiationStages };

  let report: Decisions | undefined;
  if (initiationDeadlines === 0) {
    // No 立项 step has a period: there is no day to project to, whatever the path.
    report = decide(doc, { facts, events: projected }, at, options);
    if (!report.track) return none(base, '无法确定管理方式，不能推算立项用时');
    const recorded = new Set(projected.map((event) => event.kind));
    const steps = report.steps
      .filter((step) => initiation(step) && step.state !== 'skipped')
      .map((step) => {
        const event = doneOnOf.get(step.id);
        const undated = step.state !== 'done' && !(event !== undefined && recorded.has(event as ProjectEvent['kind']));
        return { id: step.id, name: step.name, body: step.body.name, ...(step.doneOn ? { doneOn: step.doneOn } : {}), undated, citeText: step.citeText };
      });
    const count = steps.filter((step) => step.undated).length;
    return { ...base, workingDays: null, lowerBound: true, soft: false, provisional: false, steps, reason: '立项环节均未规定办理时限', text: `未规定时限（${count}个立项环节均无办理期限）` };
  }
  for (let round = 0; round < limit; round++) {
    const horizon = projected.reduce((latest, event) => (event.on > latest ? event.on : latest), at);
    report = decide(doc, { facts, events: projected }, horizon, options);
    if (!report.track) return none(base, '无法确定管理方式，不能推算立项用时');
    const stopped = report.steps.find((step) => initiation(step) && (step.state === 'returned' || step.state === 'rejected'));
    if (stopped) return none(base, stopped.state === 'returned' ? `“${stopped.name}”已退回补正，重新提交后方能推算` : `“${stopped.name}”未通过`);
    const pending = report.steps.filter((step) => initiation(step) && PENDING.has(step.state));
    if (pending.length === 0) break;
    for (const step of pending) {
      const on = step.deadline?.dueOn ?? step.startedOn ?? start;
      if (!step.deadline?.dueOn) undated.add(step.id);
      const doneOn = doneOnOf.get(step.id);
      projected.push(doneOn ? { kind: doneOn as ProjectEvent['kind'], on } : { kind: 'stepCompleted', step: step.id, outcome: 'approve', on });
    }
  }
  if (!report) return none(base, '无法推算');
  const path = report.steps.filter((step) => initiation(step) && step.state !== 'skipped');
  if (path.some((step) => step.state !== 'done')) return none(base, '立项环节无法全部办结，不能推算');

  const steps: ApprovalStep[] = path.map((step) => ({
    id: step.id,
    name: step.name,
    body: step.body.name,
    ...(step.startedOn ? { startedOn: step.startedOn } : {}),
    ...(step.doneOn ? { doneOn: step.doneOn } : {}),
    ...(step.deadline ? { deadline: step.deadline.text } : {}),
    undated: undated.has(step.id),
    citeText: step.citeText,
  }));
  const approvedBy = steps.reduce((latest, step) => (step.doneOn && step.doneOn > latest ? step.doneOn : latest), start);
  const dated = steps.filter((step) => step.deadline !== undefined && !step.undated);
  const soft = path.some((step) => step.deadline?.soft === true && !undated.has(step.id));
  const counted = calendar.workingDaysBetween(start, approvedBy);
  const provisional = counted.provisional || path.some((step) => step.deadline?.provisional === true);
  const reviewUndated = steps.filter((step) => step.undated);
  if (dated.length === 0 && reviewUndated.length > 0) {
    return { ...base, workingDays: null, lowerBound: true, soft: false, provisional, steps, reason: '立项环节均未规定办理时限', text: `未规定时限（${reviewUndated.length}个立项环节均无办理期限）` };
  }
  const days = counted.days;
  const lowerBound = reviewUndated.length > 0;
  const text = `${lowerBound ? '至少' : ''}${soft ? '原则上' : ''}${days}个工作日（${start}申报，至${approvedBy}${provisional ? '，含未公布节假日的年份，暂按周一至周五计' : ''}）${
    lowerBound ? `；另有${reviewUndated.map((step) => `“${step.name}”`).join('、')}未规定期限，按当日办结计` : ''
  }`;
  return { ...base, workingDays: days, approvedBy, lowerBound, soft, provisional, steps, text };
}

function none(base: { submittedOn: string; assumedSubmission: boolean }, reason: string): ApprovalTime {
  return { ...base, workingDays: null, lowerBound: false, soft: false, provisional: false, steps: [], reason, text: reason };
}

interface StepFacts {
  /** The event that completes each step. */
  doneOnOf: ReadonlyMap<string, string | undefined>;
  /** How many rounds a projection may take: one per step, and two more. */
  limit: number;
  /** How many 立项 steps have a period (on any track). */
  initiationDeadlines: number;
  /** The ids of the 立项 stages. */
  initiationStages: readonly string[];
}

const stepCache = new WeakMap<PolicyDocument, StepFacts>();

function stepsOf(doc: PolicyDocument): StepFacts {
  let known = stepCache.get(doc);
  if (!known) {
    const phases = stagePhases(doc);
    const steps = doc.stages.flatMap((stage) => stage.steps);
    const initiationStages = doc.stages.filter((stage) => phases.get(stage.id) === 'initiation');
    const initiationDeadlines = initiationStages.flatMap((stage) => stage.steps).filter((step) => step.deadline).length;
    known = { doneOnOf: new Map(steps.map((step) => [step.id, step.doneOn])), limit: steps.length + 2, initiationDeadlines, initiationStages: initiationStages.map((stage) => stage.id) };
    stepCache.set(doc, known);
  }
  return known;
}
