import type { WorkingCalendar } from '@banfa/calendar';
import { applyReadings, validateFormValues, type PolicyDocument, type ReadingChoices } from '@banfa/policy-model';
import { checkChange, evaluate } from '@banfa/policy-runtime';
import { parse } from 'yaml';
import { scenarioFileSchema, toChange, toEvents, toFactValues, type Scenario } from './scenario-file';
import type { MismatchSubject, ScenarioMismatch } from './scenario-mismatch';

export interface ScenarioResult {
  name: string;
  /** Each expectation that did not hold: what was expected, what came. Empty when the scenario passes. */
  failures: string[];
  /** The same, one for each failure, with what it is about and both values. */
  mismatches: ScenarioMismatch[];
}

/** Parses a scenario file (YAML text); says which policy file it tests. */
export function parseScenarioFile(text: string): { policy: string; scenarios: Scenario[] } {
  return scenarioFileSchema.parse(parse(text));
}

/**
 * Runs one scenario against a policy document, under the readings the scenario chooses (`readings`, the others at
 * the document's `reading`; `readings` given here replace the scenario's). Pure: the caller reads the files and
 * supplies the calendar.
 */
export function runScenario(policy: PolicyDocument, scenario: Scenario, calendar: WorkingCalendar, readings: ReadingChoices = scenario.readings): ScenarioResult {
  let doc: PolicyDocument;
  try {
    doc = applyReadings(policy, readings);
  } catch (error) {
    return result(scenario.name, [setupProblem(`歧义设置的解读（readings）：${error instanceof Error ? error.message : String(error)}`)]);
  }
  return result(scenario.name, expectationMismatches(doc, scenario, calendar));
}

function result(name: string, mismatches: ScenarioMismatch[]): ScenarioResult {
  return { name, failures: mismatches.map((mismatch) => mismatch.text), mismatches };
}

/** A scenario that cannot be judged as written. */
export function setupProblem(text: string): ScenarioMismatch {
  return { subject: { kind: 'setup' }, text };
}

function expectationMismatches(policy: PolicyDocument, scenario: Scenario, calendar: WorkingCalendar): ScenarioMismatch[] {
  const failures: ScenarioMismatch[] = [];
  const differ = (subject: MismatchSubject, what: string, expected: unknown, actual: unknown) => {
    const want = JSON.stringify(expected);
    const got = JSON.stringify(actual);
    if (want !== got) failures.push({ subject, expected, actual, text: `${what}：期望 ${want}，实际 ${got}` });
  };
  const facts = toFactValues(scenario.facts);
  const events = toEvents(scenario.events);
  const report = evaluate(policy, { facts, events }, scenario.at, { calendar });
  const expected = scenario.expect;
  if (expected.track !== undefined) differ({ kind: 'track' }, '管理方式', expected.track, report.track?.id ?? null);
  for (const [id, state] of Object.entries(expected.steps ?? {})) {
    differ({ kind: 'step', id, aspect: 'state' }, `环节 ${id} 的状态`, state, report.steps.find((step) => step.id === id)?.state ?? '（不在本管理方式中）');
  }
  for (const [id, due] of Object.entries(expected.dueOn ?? {})) {
    differ({ kind: 'step', id, aspect: 'dueOn' }, `环节 ${id} 的到期日`, due, report.steps.find((step) => step.id === id)?.deadline?.dueOn ?? null);
  }
  for (const [id, body] of Object.entries(expected.bodies ?? {})) {
    differ({ kind: 'step', id, aspect: 'body' }, `环节 ${id} 的办理机构`, body, report.steps.find((step) => step.id === id)?.body.id ?? '（不在本管理方式中）');
  }
  if (expected.attachments) {
    differ({ kind: 'attachments' }, '须提交的材料', expected.attachments, report.attachments.filter((attachment) => attachment.required === true).map((attachment) => attachment.id));
  }
  for (const [id, want] of Object.entries(expected.obligations ?? {})) {
    const obligation = report.obligations.find((candidate) => candidate.id === id);
    differ({ kind: 'obligation', id, aspect: 'stateOrDue' }, `义务 ${id}`, want, /^\d{4}-/.test(want) ? (obligation?.dueOn ?? null) : (obligation?.state ?? '（不适用）'));
  }
  for (const [id, want] of Object.entries(expected.earliestOn ?? {})) {
    differ({ kind: 'obligation', id, aspect: 'earliestOn' }, `义务 ${id} 的最早日期`, want, report.obligations.find((candidate) => candidate.id === id)?.earliestOn ?? null);
  }
  if (expected.gates) {
    differ({ kind: 'gates' }, '成立的否决/门槛', expected.gates, report.findings.filter((finding) => finding.code.startsWith('gate:')).map((finding) => finding.source));
  }
  for (const [key, level] of Object.entries(expected.findingLevels ?? {})) {
    differ({ kind: 'finding', key }, `提示 ${key} 的级别`, level, report.findings.find((finding) => finding.source === key || finding.code === key)?.level ?? 'none');
  }
  if (expected.formIssues) {
    const form = scenario.form && policy.forms.find((candidate) => candidate.id === scenario.form?.id);
    if (!scenario.form) failures.push(setupProblem('expect.formIssues 需要同时给出 form（表单提交）'));
    else if (!form) failures.push(setupProblem(`未定义的表单“${scenario.form.id}”`));
    else differ({ kind: 'formIssues', form: form.id }, `表单 ${form.id} 校验未通过的字段`, expected.formIssues, validateFormValues(form.schema, scenario.form.values).map((issue) => issue.field));
  }
  if (expected.change) {
    if (!scenario.change) {
      failures.push(setupProblem('expect.change 需要同时给出 change（变更申请）'));
    } else {
      const verdict = checkChange(policy, { facts, events }, toChange(scenario.change));
      differ({ kind: 'change', aspect: 'outcome' }, '变更结论', expected.change.outcome, verdict.outcome);
      if (expected.change.ratio !== undefined) differ({ kind: 'change', aspect: 'ratio' }, '变更比例', expected.change.ratio, verdict.checks.find((check) => check.kind === 'ratio')?.ratio ?? null);
      if (expected.change.earlierChanges !== undefined) differ({ kind: 'change', aspect: 'earlierChanges' }, '此前变更次数', expected.change.earlierChanges, verdict.earlierChanges);
    }
  }
  return failures;
}
