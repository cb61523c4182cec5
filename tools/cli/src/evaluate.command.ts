import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { checkChange, evaluate, type DecisionReport } from '@banfa/policy-runtime';
import { changeSchema, toChange } from '@banfa/policy-testing';
import { locatePolicy } from './policy-locator';
import { projectEvents, projectFacts, readInput } from './project-input';
import { withReadings } from './reading-option';

export interface EvaluateOptions {
  policy: string;
  dir: string;
  facts?: string;
  fact: string[];
  events?: string;
  submitted?: string;
  at: string;
  /** `A3=parallel`: the reading chosen for an ambiguity setting (repeatable). */
  reading: string[];
  json?: boolean;
}

/** Runs one project through a policy and prints the decision report, in Chinese or as JSON. */
export function evaluateCommand(options: EvaluateOptions, out: (line: string) => void): number {
  const { document, chosen } = withReadings(locatePolicy(options.policy, options.dir, options.at).document, options.reading);
  const facts = projectFacts(document, options.facts, options.fact);
  const events = projectEvents(options.events, options.submitted);
  const report = evaluate(document, { facts, events }, options.at, { calendar: new WorkingCalendar(chineseDaysYears()) });
  if (options.json) {
    const { policy, at, applicability, settings, track, steps, attachments, obligations, findings, trace } = report;
    out(JSON.stringify({ policy: { ...policy, at, ...applicability, settings }, track, steps, attachments, obligations, findings, trace }, null, 2));
  } else {
    printReport(report, out);
    if (chosen.length > 0) out(`所用解读（--reading）：${chosen.join('；')}`);
  }
  return 0;
}

export interface CheckChangeOptions extends Omit<EvaluateOptions, 'submitted'> {
  change: string;
}

/** Checks a change request (附表3 lines) against the policy's change rules. */
export function checkChangeCommand(options: CheckChangeOptions, out: (line: string) => void): number {
  const { document, chosen } = withReadings(locatePolicy(options.policy, options.dir, options.at).document, options.reading);
  const facts = projectFacts(document, options.facts, options.fact);
  const events = projectEvents(options.events, undefined);
  const verdict = checkChange(document, { facts, events }, toChange(readInput(options.change, changeSchema, '变更文件')));
  if (options.json) {
    out(JSON.stringify(verdict, null, 2));
    return 0;
  }
  out(`${verdict.message}${verdict.rule ? `〔${verdict.rule.citeText}〕` : ''}`);
  verdict.checks.forEach((check) => out(`  ${check.passed === true ? '✓' : check.passed === false ? '✗' : '?'} ${check.soft ? '（原则上）' : ''}${check.text}〔${check.citeText}〕`));
  if (chosen.length > 0) out(`  所用解读（--reading）：${chosen.join('；')}`);
  out(`  变更金额的三种计法（A5）：每行取较大者 ${verdict.measures['larger-of-old-new']}；原现相加 ${verdict.measures['old-plus-new']}；净增 ${verdict.measures.net}`);
  return 0;
}

function printReport(report: DecisionReport, out: (line: string) => void): void {
  out(`${report.policy.jurisdiction} · ${report.policy.title}（${report.policy.versionLabel}）于 ${report.at}`);
  report.findings.forEach((finding) => out(`  ! ${finding.message}${finding.citeText ? `（${finding.citeText}）` : ''}`));
  out(report.track ? `管理方式：${report.track.name}（${report.track.citeText}）` : '管理方式：无法确定');
  for (const step of report.steps) {
    const deadline = step.deadline ? ` · ${step.deadline.text}${step.deadline.dueOn ? `，${step.deadline.dueOn}前` : ''}` : '';
    out(`  [${step.state}] ${step.name} · ${step.body.name}${deadline} · ${step.citeText}`);
  }
  const required = report.attachments.filter((attachment) => attachment.required === true);
  if (required.length > 0) out(`申报材料：${required.map((attachment) => attachment.name).join('、')}`);
  for (const obligation of report.obligations) {
    out(`义务：${obligation.name} · ${obligation.state}${obligation.dueOn ? ` · ${obligation.dueOn}` : ''} · ${obligation.citeText}`);
  }
}
