import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument } from '@banfa/policy-model';
import { evaluate, type ConditionTrace, type DecisionReport, type ProjectInput } from '@banfa/policy-runtime';
import { projectApproval } from './approval.projection';
import type { ColumnOutcome } from './outcome.types';
import { stagePhases } from './phase.classify';
import { checkProjectFacts } from './project-facts.check';

/**
 * One policy's answer for the sample project. The project's facts are split first (facts this policy does not read
 * are reported, not passed on), and a failure is kept to this column: the comparison goes on without it.
 */
export function columnOutcome(column: string, doc: PolicyDocument, project: ProjectInput, at: string, calendar: WorkingCalendar): ColumnOutcome {
  const facts = checkProjectFacts(doc, project.facts);
  const factReport = { unknown: facts.unknown, invalid: facts.invalid };
  let report: DecisionReport;
  try {
    report = evaluate(doc, { facts: facts.known, events: project.events }, at, { calendar });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      column,
      error: message,
      applicable: false,
      inForce: false,
      applicability: `无法计算：${message}`,
      track: null,
      trackExplanation: [],
      steps: [],
      approval: null,
      attachments: [],
      obligations: [],
      findings: [],
      facts: { ...factReport, missing: [] },
    };
  }
  const phases = stagePhases(doc);
  const phaseOf = (stage: string) => phases.get(stage) ?? 'initiation';
  const excluded = report.findings.filter((finding) => finding.code === 'gate:not-applicable');
  const elsewhere = report.findings.filter((finding) => finding.code === 'gate:other-rules-apply');
  const applicable = excluded.length === 0;
  const applicability = applicable
    ? ['适用本办法', ...elsewhere.map((finding) => `${finding.message}（${finding.citeText ?? ''}）`)].join('；')
    : `不适用：${excluded.map((finding) => `${finding.message}（${finding.citeText ?? ''}）`).join('；')}`;

  let approval: ColumnOutcome['approval'] = null;
  try {
    approval = projectApproval(doc, facts.known, project.events, at, calendar);
  } catch (error) {
    approval = null;
    report = { ...report, findings: [...report.findings, { level: 'warning', code: 'approval-projection', message: `无法推算立项用时：${error instanceof Error ? error.message : String(error)}` }] };
  }

  return {
    column,
    report,
    applicable,
    inForce: report.applicability.inForce,
    applicability,
    track: report.track
      ? { id: report.track.id, name: report.track.name, citeText: report.track.citeText, ...(report.track.condition ? { condition: report.track.condition.text } : {}) }
      : null,
    trackExplanation: trackExplanation(report),
    steps: report.steps
      .filter((step) => step.state !== 'skipped')
      .map((step) => ({
        id: step.id,
        name: step.name,
        phase: phaseOf(step.stage.id),
        body: { name: step.body.name, catalogueKey: step.body.catalogueKey },
        state: step.state,
        ...(step.deadline ? { deadline: step.deadline.text } : {}),
        ...(step.deadline?.dueOn ? { dueOn: step.deadline.dueOn } : {}),
        citeText: step.citeText,
      })),
    approval,
    attachments: report.attachments
      .filter((attachment) => attachment.required !== false)
      .map((attachment) => ({ id: attachment.id, name: attachment.name, phase: phaseOf(attachment.stage.id), required: attachment.required as true | 'unknown', citeText: attachment.citeText })),
    obligations: report.obligations.map((obligation) => ({
      id: obligation.id,
      name: obligation.name,
      schedule: obligation.schedule,
      state: obligation.state,
      ...(obligation.dueOn ? { dueOn: obligation.dueOn } : {}),
      citeText: obligation.citeText,
    })),
    findings: report.findings,
    facts: { ...factReport, missing: missingFacts(report.trace) },
  };
}

/** Each track tried, with its condition, the facts it read and its article: why the project is on the track it is. */
function trackExplanation(report: DecisionReport): string[] {
  const read = (condition: ConditionTrace) =>
    condition.facts.length > 0 ? `（${condition.facts.map((fact) => `${fact.label}：${fact.value ?? '未填写'}`).join('，')}）` : '';
  const lines = (report.track?.notChosen ?? []).map(
    (tried) => `不适用“${tried.name}”：${tried.condition.text}${tried.condition.result === 'unknown' ? ' 无法判断' : ' 不成立'}${read(tried.condition)}〔${tried.condition.citeText}〕`,
  );
  if (report.track) {
    const { condition } = report.track;
    lines.push(`适用“${report.track.name}”：${condition ? `${condition.text} 成立${read(condition)}` : '其他情形'}〔${report.track.citeText}〕`);
  } else {
    report.findings.filter((finding) => finding.code === 'track-undetermined').forEach((finding) => lines.push(`${finding.message}〔${finding.citeText ?? ''}〕`));
  }
  return lines;
}

/** Facts a condition needed and the project did not give (their conditions read "unknown"). */
function missingFacts(trace: ReadonlyArray<ConditionTrace>): Array<{ key: string; label: string }> {
  const missing = new Map<string, string>();
  for (const entry of trace) {
    if (entry.result !== 'unknown') continue;
    for (const fact of entry.facts) if (fact.value === null) missing.set(fact.key, fact.label);
  }
  return [...missing].map(([key, label]) => ({ key, label }));
}
