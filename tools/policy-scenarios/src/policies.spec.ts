import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { parseScenarioFile, runScenario } from '@banfa/policy-testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const policiesDir = join(root, 'policies');
const files = readdirSync(policiesDir, { recursive: true, encoding: 'utf8' }).sort();
const calendar = new WorkingCalendar(chineseDaysYears());

describe('every policy document in policies/ is valid', () => {
  const policyFiles = files.filter((file) => file.endsWith('.policy.yaml'));
  it('has the five seed regulations', () => expect(policyFiles.length).toBeGreaterThanOrEqual(5));
  it.each(policyFiles)('%s', (file) => {
    const path = join(policiesDir, file);
    expect(() => loadPolicyYaml(readFileSync(path, 'utf8'), relative(root, path))).not.toThrow();
  });
});

for (const file of files.filter((name) => name.endsWith('.scenarios.yaml'))) {
  const path = join(policiesDir, file);
  const { policy: policyFile, scenarios } = parseScenarioFile(readFileSync(path, 'utf8'));
  const policyPath = join(path, '..', policyFile);
  const policy = loadPolicyYaml(readFileSync(policyPath, 'utf8'), relative(root, policyPath));

  describe(file, () => {
    it('has at least 15 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(15));
    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
      expect(runScenario(policy, scenario, calendar).failures).toEqual([]);
    });
  });
}
