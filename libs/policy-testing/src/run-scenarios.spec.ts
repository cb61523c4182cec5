import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, runScenario } from './run-scenarios';

const policy = loadPolicyYaml(`schemaVersion: 1
id: sample
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: in-force
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
tracks:
  - { id: small, name: 备案制, cite: { article: 8, quote: 样例条文 }, when: { threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元 } } }
  - { id: full, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
      - { id: review, name: 审核, body: data-bureau, after: [apply], deadline: { amount: 5, unit: workingDays, from: started }, cite: { article: 7, quote: 样例条文 } }
`);
const calendar = new WorkingCalendar(chineseDaysYears());
const scenarios = parseScenarioFile(`policy: sample.policy.yaml
scenarios:
  - name: 50万元以下为备案制
    at: "2025-09-30"
    facts: { totalInvestment: 50万元 }
    events: [{ kind: submitted, on: "2025-09-30" }]
    expect: { track: small, steps: { review: active }, dueOn: { review: "2025-10-14" } }
  - name: a wrong expectation
    at: "2025-09-30"
    facts: { totalInvestment: 50.01万元 }
    expect: { track: small }
`).scenarios;

describe('runScenario', () => {
  it('passes a scenario whose expectations hold', () => {
    expect(runScenario(policy, scenarios[0] as (typeof scenarios)[number], calendar)).toEqual({ name: '50万元以下为备案制', failures: [] });
  });

  it('says what was expected and what came when one does not', () => {
    expect(runScenario(policy, scenarios[1] as (typeof scenarios)[number], calendar).failures).toEqual(['管理方式：期望 "small"，实际 "full"']);
  });
});
