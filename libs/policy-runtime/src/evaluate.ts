import type { WorkingCalendar } from '@banfa/calendar';
import { formatCitation, type PolicyDocument } from '@banfa/policy-model';
import { applicability } from './applicability';
import { ConditionEvaluator } from './condition.evaluator';
import type { AttachmentReport, DecisionReport, Finding } from './decision-report.types';
import type { ProjectInput } from './project-input';
import { gateFindings } from './gates';
import { foldObligations } from './obligations.fold';
import { foldSteps } from './steps.fold';

export interface EvaluateOptions {
  /** The official working-day calendar (injected: the runtime reads no files and no clock). */
  calendar: WorkingCalendar;
}

/**
 * evaluate(policyVersion, project, at) → decision report. Pure and deterministic: the same input always gives
 * the same report. Knows no jurisdiction: everything specific to a regulation comes from its document.
 */
export function evaluate(doc: PolicyDocument, project: ProjectInput, at: string, options: EvaluateOptions): DecisionReport {
  const conditions = new ConditionEvaluator(doc, project.facts);
  const applies = applicability(doc, at);
  const findings: Finding[] = [...applies.findings, ...gateFindings(doc, conditions)];

  // The first track whose condition holds; a track without a condition is the fallback.
  let track: DecisionReport['track'] = null;
  const notChosen: NonNullable<DecisionReport['track']>['notChosen'] = [];
  for (const candidate of doc.tracks) {
    const condition = candidate.when ? conditions.evaluate(candidate.when, `tracks.${candidate.id}.when`, candidate.cite) : undefined;
    if (condition?.result === 'unknown') {
      const missing = condition.facts.filter((fact) => fact.value === null).map((fact) => fact.label);
      findings.push({
        level: 'error',
        code: 'track-undetermined',
        message: `无法确定管理方式：缺少${missing.join('、')}`,
        cite: candidate.cite,
        citeText: formatCitation(candidate.cite),
      });
      break;
    }
    if (condition === undefined || condition.result === true) {
      track = {
        id: candidate.id,
        name: candidate.name,
        ...(condition ? { condition } : {}),
        notChosen,
        cite: candidate.cite,
        citeText: formatCitation(candidate.cite),
      };
      break;
    }
    notChosen.push({ id: candidate.id, name: candidate.name, condition });
  }

  const steps = track ? foldSteps(doc, track.id, project.events, at, options.calendar, conditions) : { steps: [], findings: [] };
  findings.push(...steps.findings);

  const attachments: AttachmentReport[] = [];
  if (track) {
    for (const stage of doc.stages) {
      for (const attachment of stage.attachments) {
        if (attachment.tracks && !attachment.tracks.includes(track.id)) continue;
        const condition = attachment.when
          ? conditions.evaluate(attachment.when, `attachments.${attachment.id}.when`, attachment.cite)
          : undefined;
        attachments.push({
          id: attachment.id,
          name: attachment.name,
          stage: { id: stage.id, name: stage.name },
          required: condition ? condition.result : true,
          ...(condition ? { condition } : {}),
          ...(attachment.form ? { form: attachment.form } : {}),
          cite: attachment.cite,
          citeText: formatCitation(attachment.cite),
        });
      }
    }
  }

  const obligations = track ? foldObligations(doc, track.id, project.events, at, options.calendar, conditions) : [];
  for (const obligation of obligations.filter((candidate) => candidate.state === 'overdue')) {
    findings.push({
      level: obligation.soft ? 'warning' : 'error',
      code: 'obligation-overdue',
      source: obligation.id,
      message: `“${obligation.name}”应于${obligation.dueOn}前完成，现已逾期`,
      cite: obligation.cite,
      citeText: obligation.citeText,
    });
  }

  const used = new Set(conditions.trace.flatMap((entry) => entry.settings));
  const settings = doc.settings
    .filter((setting) => used.has(setting.id))
    .map((setting) => ({
      id: setting.id,
      question: setting.question,
      reading: setting.reading,
      readingLabel: setting.alternatives.find((alternative) => alternative.value === setting.reading)?.label ?? setting.reading,
      citeText: formatCitation(setting.cite),
    }));

  return {
    policy: {
      id: doc.id,
      title: doc.title,
      versionLabel: doc.versionLabel,
      status: doc.status,
      jurisdiction: doc.jurisdiction.name,
    },
    at,
    applicability: { inForce: applies.inForce, reason: applies.reason },
    track,
    steps: steps.steps,
    attachments,
    obligations,
    findings,
    settings,
    trace: conditions.trace,
  };
}
