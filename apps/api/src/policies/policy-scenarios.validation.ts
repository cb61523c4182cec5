import { checkScenarioFile, type Scenario } from '@banfa/policy-testing';
import { issueDetails, type PolicyIssueDetail } from './policy-content.validation';

export type ScenarioTextCheck = { ok: true; scenarios: Scenario[] } | { ok: false; issues: PolicyIssueDetail[] };

/**
 * Checks a version's scenario file (checkScenarioFile), each problem as the api reports it: its field path under
 * `scenarios`, and a message naming the scenario file and the line and column. Never throws.
 */
export function checkScenarioText(text: string): ScenarioTextCheck {
  const checked = checkScenarioFile(text);
  if (!checked.ok) return { ok: false, issues: issueDetails(checked.issues, { prefix: 'scenarios', source: '场景测试文件' }) };
  return { ok: true, scenarios: checked.scenarios };
}
