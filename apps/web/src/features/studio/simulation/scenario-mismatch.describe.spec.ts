import { loadPolicyYaml } from '@banfa/policy-model';
import { runScenario, setupProblem, type Scenario } from '@banfa/policy-testing';
import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeMismatch } from './scenario-mismatch.describe';

const doc = loadPolicyYaml(readFileSync(resolve(import.meta.dirname, '../../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8'));
const calendar = new WorkingCalendar(chineseDaysYears());

/** An 80万元 crypto project submitted on 2025-09-30, looked at on 2025-10-09, expected (wrongly) to be 备案制. */
const scenario: Scenario = {
  name: '样例',
  at: '2025-10-09',
  facts: { totalInvestment: '80万元', involvesCryptography: true },
  events: [{ kind: 'submitted', on: '2025-09-30' }],
  readings: {},
  expect: { track: 'filing', steps: { 'crypto-review': 'done' }, attachments: [] },
} as Scenario;

describe('describeMismatch', () => {
  const mismatches = runScenario(doc, scenario, calendar).mismatches;
  const views = mismatches.map((mismatch) => describeMismatch(mismatch, doc));

  it('names the tracks, steps and attachments of the document and says states in the panel’s words', () => {
    expect(views.find((view) => view.what === '管理方式')).toMatchObject({ expected: '备案制（filing）', actual: '审批制（approval）' });
    expect(views.find((view) => view.what.startsWith('环节「'))).toMatchObject({ what: '环节「密码应用审核」的状态', expected: '已完成', actual: '办理中' });
    const attachments = views.find((view) => view.what === '须提交的材料');
    expect(attachments?.actual).toMatch(/^实际多出：/);
    // The tooltip keeps the runner's sentence, as `banfa policy test` prints it.
    expect(views.map((view) => view.text)).toEqual(runScenario(doc, scenario, calendar).failures);
  });

  it('shows a scenario that cannot be judged as the runner says it', () => {
    expect(describeMismatch(setupProblem('未定义的表单“x”'), doc)).toEqual({ what: '未定义的表单“x”', text: '未定义的表单“x”' });
  });
});
