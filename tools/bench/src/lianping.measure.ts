import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument } from '@banfa/policy-model';
import { decide, evaluate, type DecisionReport, type Decisions } from '@banfa/policy-runtime';
import { lianpingByHand, type LianpingDecision } from './lianping-floor';
import { lianpingRulesEngine } from './lianping-rules-engine';
import { timeEach, timeEachAsync, type Distribution } from './measure';
import { sampleProjects } from './sample-projects';

/** The 连平 stage the floor decides: 立项. */
export const INITIATION = ['initiation'];

export interface LianpingFigures {
  projects: number;
  checked: number;
  /** Interleaved rounds of measurement; each implementation's figures are those of its round with the lowest median. */
  rounds: number;
  floor: Distribution;
  /** evaluate(): the full report. */
  report: Distribution;
  /** decide(): track, every step of the track with its due date, every attachment. */
  decisions: Distribution;
  /** decide() for the 立项 stage: what the floor computes. */
  initiation: Distribution;
  rulesEngine: Distribution;
}

/**
 * The same 连平县 立项 decisions (track, steps with due dates, required attachments) four ways — the hand-written
 * floor, the runtime's full report, decide() for the 立项 stage, json-rules-engine — plus decide() for the whole
 * track. They must agree on the first projects before their times mean anything.
 */
export async function measureLianping(doc: PolicyDocument, calendar: WorkingCalendar, count = 2000, checked = 200, rounds = 3): Promise<LianpingFigures> {
  // Judged on the day of submission, so that no step is overdue yet (the floor does not model lateness).
  const projects = sampleProjects(doc, count).map((project) => ({ ...project, at: project.events[0]?.on ?? project.at }));
  const engine = lianpingRulesEngine();
  for (const project of projects.slice(0, checked)) {
    const submitted = project.events[0]?.on ?? project.at;
    const expected = JSON.stringify(lianpingByHand(project.facts, submitted, calendar));
    const answers = {
      report: JSON.stringify(fromReport(evaluate(doc, project, project.at, { calendar }))),
      decisions: JSON.stringify(fromDecisions(decide(doc, project, project.at, { calendar }))),
      initiation: JSON.stringify(fromDecisions(decide(doc, project, project.at, { calendar, stages: INITIATION }))),
      rulesEngine: JSON.stringify(await engine(project.facts, submitted, calendar)),
    };
    for (const [name, answer] of Object.entries(answers)) {
      if (answer !== expected) throw new Error(`the 连平 implementations disagree (${name}):\n${expected}\n${answer}`);
    }
  }
  // Interleaved rounds, the same for all: a busy moment of the machine during one implementation's turn would
  // otherwise move the ratios (the floor takes a tenth of a microsecond). Each keeps its round with the lowest median.
  const best: Partial<Record<'floor' | 'report' | 'decisions' | 'initiation' | 'rulesEngine', Distribution>> = {};
  const keep = (name: keyof typeof best, d: Distribution) => {
    const kept = best[name];
    if (!kept || d.median < kept.median) best[name] = d;
  };
  for (let round = 0; round < rounds; round++) {
    keep('floor', await timeEach(projects, (project) => lianpingByHand(project.facts, project.events[0]?.on ?? project.at, calendar)));
    keep('initiation', await timeEach(projects, (project) => decide(doc, project, project.at, { calendar, stages: INITIATION })));
    keep('decisions', await timeEach(projects, (project) => decide(doc, project, project.at, { calendar })));
    keep('report', await timeEach(projects, (project) => evaluate(doc, project, project.at, { calendar })));
    keep('rulesEngine', await timeEachAsync(projects, (project) => engine(project.facts, project.events[0]?.on ?? project.at, calendar)));
  }
  const { floor, report, decisions, initiation, rulesEngine } = best as Required<typeof best>;
  return { projects: count, checked, rounds, floor, report, decisions, initiation, rulesEngine };
}

type Step = LianpingDecision['steps'][number];

function fromReport(report: DecisionReport): LianpingDecision {
  return {
    track: report.track?.id as LianpingDecision['track'],
    steps: report.steps
      .filter((step) => step.stage.id === 'initiation')
      .map((step) => ({ id: step.id, state: step.state as Step['state'], ...(step.deadline?.dueOn ? { dueOn: step.deadline.dueOn } : {}) })),
    attachments: report.attachments.filter((a) => a.stage.id === 'initiation' && a.required === true).map((a) => a.id),
  };
}

function fromDecisions(decisions: Decisions): LianpingDecision {
  return {
    track: decisions.track?.id as LianpingDecision['track'],
    steps: decisions.steps
      .filter((step) => step.stage.id === 'initiation')
      .map((step) => ({ id: step.id, state: step.state as Step['state'], ...(step.deadline?.dueOn ? { dueOn: step.deadline.dueOn } : {}) })),
    attachments: decisions.attachments.filter((a) => a.stage.id === 'initiation' && a.required === true).map((a) => a.id),
  };
}
