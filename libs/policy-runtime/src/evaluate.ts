import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument } from '@banfa/policy-model';
import { ConditionEvaluator } from './condition.evaluator';
import type { AttachmentReport, ConditionTrace, DecisionReport, Finding } from './decision-report.types';
import { executionPlan } from './execution-plan.compile';
import type { AttachmentPlan, ExecutionPlan, TrackPlan } from './execution-plan.types';
import { gateFindings } from './gates';
import { foldObligations } from './obligations.fold';
import { PastEvents } from './past-events';
import type { ProjectInput } from './project-input';
import { foldSteps } from './steps.fold';

export interface EvaluateOptions {
  /** The official working-day calendar (injected: the runtime reads no files and no clock). */
  calendar: WorkingCalendar;
}

/**
 * evaluate(policyVersion, project, at) → decision report. Pure and deterministic: the same input always gives
 * the same report. Knows no jurisdiction: everything specific to a regulation comes from its document.
 *
 * The document is compiled once into an execution plan (kept while the document lives); each evaluation walks
 * the plan. Parts of a report that do not depend on the project (stages, bodies, settings, the readings 是/否 …),
 * and those fixed by such readings alone (a trace entry, a gate's finding, a step not started), are shared between
 * reports and frozen: a report is read, not changed.
 */
export function evaluate(doc: PolicyDocument, project: ProjectInput, at: string, options: EvaluateOptions): DecisionReport {
  const plan = executionPlan(doc);
  const conditions = new ConditionEvaluator(plan.conditions, project.facts, plan.traceCapacity);
  const applies = plan.applicability(at);
  const findings: Finding[] = applies.finding ? [applies.finding] : [];
  gateFindings(plan.gates, conditions, findings);

  // The first track whose condition holds; a track without a condition is the fallback.
  let chosen: TrackPlan | undefined;
  let track: DecisionReport['track'] = null;
  const notChosen: NonNullable<DecisionReport['track']>['notChosen'] = [];
  for (const candidate of plan.tracks) {
    const condition = candidate.site ? conditions.record(candidate.site) : undefined;
    if (condition?.result === 'unknown') {
      findings.push({
        level: 'error',
        code: 'track-undetermined',
        message: `无法确定管理方式：缺少${missingLabels(condition)}`,
        cite: candidate.track.cite,
        citeText: candidate.citeText,
      });
      break;
    }
    if (condition === undefined || condition.result === true) {
      const { id, name, cite } = candidate.track;
      track = condition
        ? { id, name, condition, notChosen, cite, citeText: candidate.citeText }
        : { id, name, notChosen, cite, citeText: candidate.citeText };
      chosen = candidate;
      break;
    }
    notChosen.push({ id: candidate.track.id, name: candidate.track.name, condition });
  }

  let steps: DecisionReport['steps'] = [];
  let attachments: AttachmentReport[] = [];
  let obligations: DecisionReport['obligations'] = [];
  if (chosen) {
    const past = new PastEvents(project.events, at);
    steps = foldSteps(plan, chosen.folded, past, at, options.calendar, { conditions, findings });
    // Every attachment of the track is listed (required or not): sized once.
    attachments = new Array<AttachmentReport>(chosen.attachments.length);
    for (let i = 0; i < attachments.length; i++) {
      const planned = chosen.attachments[i] as AttachmentPlan;
      const condition = planned.site ? conditions.record(planned.site) : undefined;
      const key = planned.site ? conditions.lastKey : 0;
      attachments[i] =
        key < 0 ? attachmentReport(planned, condition) : (planned.reports.get(key) ?? planned.reports.keep(key, Object.freeze(attachmentReport(planned, condition))));
    }
    obligations = foldObligations(chosen, past, at, options.calendar, conditions, findings);
    for (const obligation of obligations) {
      if (obligation.state !== 'overdue') continue;
      findings.push({
        level: obligation.soft ? 'warning' : 'error',
        code: 'obligation-overdue',
        source: obligation.id,
        message: `“${obligation.name}”应于${obligation.dueOn}前完成，现已逾期`,
        cite: obligation.cite,
        citeText: obligation.citeText,
      });
    }
  }

  const trace = conditions.finish();
  return {
    policy: plan.policy,
    at,
    applicability: applies.report,
    track,
    steps,
    attachments,
    obligations,
    findings,
    settings: chosen ? (chosen.settings as DecisionReport['settings']) : settingsUsed(plan, trace),
    trace,
  };
}

function attachmentReport(planned: AttachmentPlan, condition: ConditionTrace | undefined): AttachmentReport {
  const { attachment, stage, citeText } = planned;
  const { id, name, form, cite } = attachment;
  // Written out for each combination so that every report has its keys in the same order, without spreads.
  if (condition) {
    return form
      ? { id, name, stage, required: condition.result, condition, form, cite, citeText }
      : { id, name, stage, required: condition.result, condition, cite, citeText };
  }
  return form ? { id, name, stage, required: true, form, cite, citeText } : { id, name, stage, required: true, cite, citeText };
}

/** "总投资、涉密" : the labels of the facts a condition needed and did not have. */
function missingLabels(condition: ConditionTrace): string {
  return condition.facts
    .filter((fact) => fact.value === null)
    .map((fact) => fact.label)
    .join('、');
}

/** Ambiguity settings the answer depended on, in the document's order, with the reading chosen (without a track). */
function settingsUsed(plan: ExecutionPlan, trace: readonly ConditionTrace[]): DecisionReport['settings'] {
  let used: Set<string> | undefined;
  for (const entry of trace) {
    for (const setting of entry.settings) (used ??= new Set()).add(setting);
  }
  if (!used) return [];
  const settings: DecisionReport['settings'] = [];
  for (const setting of plan.settings) if (used.has(setting.id)) settings.push(setting);
  return settings;
}
