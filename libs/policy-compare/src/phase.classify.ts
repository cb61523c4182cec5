import type { PolicyDocument } from '@banfa/policy-model';
import type { Phase } from './comparison.types';

export const PHASES: ReadonlyArray<Phase> = ['initiation', 'implementation', 'acceptance'];

export const PHASE_LABEL: Readonly<Record<Phase, string>> = {
  initiation: '立项',
  implementation: '实施',
  acceptance: '验收',
};

/**
 * The phase a canonical event belongs to, when a step is completed by it (`doneOn`). Events that happen in any phase
 * (a change, a report, the end of a budget year) say nothing about it.
 */
const EVENT_PHASE: Readonly<Record<string, Phase>> = {
  listSubmitted: 'initiation',
  submitted: 'initiation',
  approvalIssued: 'initiation',
  procurementCompleted: 'implementation',
  contractSigned: 'implementation',
  constructionStarted: 'implementation',
  constructionCompleted: 'implementation',
  goLive: 'implementation',
  trialOperationStarted: 'implementation',
  initialAcceptance: 'acceptance',
  acceptanceApplied: 'acceptance',
  accepted: 'acceptance',
  acceptanceReportFiled: 'acceptance',
};

const cache = new WeakMap<PolicyDocument, ReadonlyMap<string, Phase>>();

/**
 * The phase of each stage, by stage id. Stage ids and names are the encoder's (立项, 规划和审核, 计划与申报 …), but the
 * canonical events that complete their steps are not: a stage is in the earliest phase of the events that complete its
 * steps, never earlier than the stage before it, and a stage without such events stays in the phase of the one
 * before it (the first stage is 立项).
 */
export function stagePhases(doc: PolicyDocument): ReadonlyMap<string, Phase> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const phases = new Map<string, Phase>();
  let current = 0;
  for (const stage of doc.stages) {
    const explicit = stage.steps
      .map((step) => (step.doneOn ? EVENT_PHASE[step.doneOn] : undefined))
      .filter((phase): phase is Phase => phase !== undefined)
      .map((phase) => PHASES.indexOf(phase));
    if (explicit.length > 0) current = Math.max(current, Math.min(...explicit));
    phases.set(stage.id, PHASES[current] ?? 'initiation');
  }
  cache.set(doc, phases);
  return phases;
}
