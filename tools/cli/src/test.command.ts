import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { parseScenarioFile, runScenario } from '@banfa/policy-testing';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Runs the scenario tests beside the policies; prints each and closes with "N passed, N failed". */
export function testCommand(paths: string[], out: (line: string) => void): number {
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`找不到 ${path}`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.scenarios.yaml'))
      .sort()
      .map((file) => join(path, file));
  });
  const calendar = new WorkingCalendar(chineseDaysYears());
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const { policy: policyFile, scenarios } = parseScenarioFile(readFileSync(file, 'utf8'));
    const policyPath = join(dirname(file), policyFile);
    const policy = loadPolicyYaml(readFileSync(policyPath, 'utf8'), relative(process.cwd(), policyPath));
    out(name);
    for (const scenario of scenarios) {
      const result = runScenario(policy, scenario, calendar);
      if (result.failures.length === 0) {
        passed++;
        out(`  ✓ ${result.name}`);
      } else {
        failed++;
        out(`  ✗ ${result.name}`);
        result.failures.forEach((failure) => out(`      ${failure}`));
      }
    }
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}
