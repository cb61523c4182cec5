import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { checkReadingCoverage, parseScenarioFile, runScenario } from '@banfa/policy-testing';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expandPaths } from './files';

/** Runs the scenario tests beside the policies; prints each and closes with "N passed, N failed". */
export function testCommand(paths: string[], out: (line: string) => void): number {
  const files = expandPaths(paths, '.scenarios.yaml');
  const calendar = new WorkingCalendar(chineseDaysYears());
  let passed = 0;
  let failed = 0;
  let gaps = 0;
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
    // Every reading that changes the document is exercised by a scenario showing what it changes. A gap fails the
    // run; it is counted apart from the scenarios, which the closing line counts.
    for (const gap of checkReadingCoverage(policy, scenarios, calendar)) {
      gaps++;
      out(`  ✗ 歧义设置覆盖：${gap.message}`);
    }
  }
  if (gaps > 0) out(`歧义设置覆盖：${gaps} 处解读没有场景测试显示其不同结果`);
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 || gaps > 0 || passed === 0 ? 1 : 0;
}
