import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { checkChange, evaluate } from '@banfa/policy-runtime';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioFileSchema, toChange, toEvents, toFactValues } from './scenario-file';

const root = resolve(__dirname, '../../..');
const policiesDir = join(root, 'policies');
const files = readdirSync(policiesDir, { recursive: true, encoding: 'utf8' }).sort();
const calendar = new WorkingCalendar(chineseDaysYears());

describe('every policy document in policies/ is valid', () => {
  const policyFiles = files.filter((file) => file.endsWith('.policy.yaml'));
  it('has at least the first seed policy', () => expect(policyFiles.length).toBeGreaterThan(0));
  it.each(policyFiles)('%s', (file) => {
    const path = join(policiesDir, file);
    expect(() => loadPolicyYaml(readFileSync(path, 'utf8'), relative(root, path))).not.toThrow();
  });
});

for (const file of files.filter((name) => name.endsWith('.scenarios.yaml'))) {
  const path = join(policiesDir, file);
  const scenarios = scenarioFileSchema.parse(parse(readFileSync(path, 'utf8')));
  const policyPath = join(path, '..', scenarios.policy);
  const policy = loadPolicyYaml(readFileSync(policyPath, 'utf8'), relative(root, policyPath));

  describe(file, () => {
    it.each(scenarios.scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
      const report = evaluate(policy, { facts: toFactValues(scenario.facts), events: toEvents(scenario.events) }, scenario.at, {
        calendar,
      });
      const { expect: expected } = scenario;
      if (expected.track !== undefined) expect(report.track?.id ?? null).toBe(expected.track);
      if (expected.steps) {
        const states = Object.fromEntries(report.steps.map((step) => [step.id, step.state]));
        expect(states).toMatchObject(expected.steps);
      }
      if (expected.dueOn) {
        const due = Object.fromEntries(report.steps.map((step) => [step.id, step.deadline?.dueOn]));
        expect(due).toMatchObject(expected.dueOn);
      }
      if (expected.obligations) {
        const obligations = Object.fromEntries(
          report.obligations
            .filter((obligation) => obligation.id in (expected.obligations ?? {}))
            .map((obligation) => {
              const want = expected.obligations?.[obligation.id] ?? '';
              return [obligation.id, /^\d{4}-/.test(want) ? obligation.dueOn : obligation.state];
            }),
        );
        expect(obligations).toEqual(expected.obligations);
      }
      if (expected.gates) {
        expect(report.findings.filter((finding) => finding.code.startsWith('gate:')).map((finding) => finding.source)).toEqual(expected.gates);
      }
      if (expected.change) {
        if (!scenario.change) throw new Error('expect.change needs a change to check');
        const verdict = checkChange(policy, { facts: toFactValues(scenario.facts), events: toEvents(scenario.events) }, toChange(scenario.change));
        const ratio = verdict.checks.find((check) => check.kind === 'ratio')?.ratio;
        expect({ outcome: verdict.outcome, ratio, earlierChanges: verdict.earlierChanges }).toMatchObject(expected.change);
      }
      if (expected.attachments) {
        expect(report.attachments.filter((a) => a.required === true).map((a) => a.id)).toEqual(expected.attachments);
      }
    });
  });
}
