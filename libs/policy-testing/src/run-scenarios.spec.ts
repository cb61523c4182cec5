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
    expect(runScenario(policy, scenarios[0] as (typeof scenarios)[number], calendar)).toEqual({ name: '50万元以下为备案制', failures: [], mismatches: [] });
  });

  it('says what was expected and what came when one does not', () => {
    const result = runScenario(policy, scenarios[1] as (typeof scenarios)[number], calendar);
    expect(result.failures).toEqual(['管理方式：期望 "small"，实际 "full"']);
    expect(result.mismatches).toEqual([{ subject: { kind: 'track' }, expected: 'small', actual: 'full', text: '管理方式：期望 "small"，实际 "full"' }]);
  });
});

describe('runScenario assertions on what readings change', () => {
  const withForm = loadPolicyYaml(`schemaVersion: 1
id: sample-forms
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: in-force
effective: { from: "2025-01-01" }
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: inSystemCatalogue, cite: { article: 9, quote: 样例条文 } }
tracks:
  - { id: full, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
      - { id: review, name: 审核, body: data-bureau, after: [apply], cite: { article: 7, quote: 样例条文 } }
obligations:
  - id: self-evaluation
    name: 自评价
    body: applicant
    schedule: { kind: after, deadline: { earliest: 12, amount: 24, unit: months, from: accepted } }
    cite: { article: 19, quote: 样例条文 }
gates:
  - { id: catalogue, name: 未纳入目录, effect: refuse-initiation, soft: true, when: { not: { cel: inSystemCatalogue } }, message: 原则上不予立项, cite: { article: 9, quote: 样例条文 } }
forms:
  - id: change
    title: 变更单
    cite: { appendix: 3 }
    schema: { type: object, properties: { opinion: { type: string, title: 意见, required: true } } }
`);
  const [scenario] = parseScenarioFile(`policy: sample.policy.yaml
scenarios:
  - name: 各项断言
    at: "2025-06-01"
    facts: { inSystemCatalogue: false }
    events: [{ kind: accepted, on: "2025-03-03" }]
    form: { id: change, values: {} }
    expect:
      bodies: { review: data-bureau }
      earliestOn: { self-evaluation: "2026-03-03" }
      findingLevels: { catalogue: warning, not-yet-in-force: none }
      formIssues: [opinion]
`).scenarios;

  it('checks who acts, a window’s first day, the level of findings and a form’s missing fields', () => {
    expect(scenario && runScenario(withForm, scenario, calendar).failures).toEqual([]);
  });

  it('says what differs for each of them', () => {
    const wrong = scenario && {
      ...scenario,
      expect: { bodies: { review: 'applicant' }, earliestOn: { 'self-evaluation': null }, findingLevels: { catalogue: 'error' as const }, formIssues: [] },
    };
    expect(wrong && runScenario(withForm, wrong, calendar).failures).toEqual([
      '环节 review 的办理机构：期望 "applicant"，实际 "data-bureau"',
      '义务 self-evaluation 的最早日期：期望 null，实际 "2026-03-03"',
      '提示 catalogue 的级别：期望 "error"，实际 "warning"',
      '表单 change 校验未通过的字段：期望 []，实际 ["opinion"]',
    ]);
    // The same, by the ids of what each is about and with both values, for a reader that names them.
    expect(wrong && runScenario(withForm, wrong, calendar).mismatches.map(({ subject, expected, actual }) => ({ subject, expected, actual }))).toEqual([
      { subject: { kind: 'step', id: 'review', aspect: 'body' }, expected: 'applicant', actual: 'data-bureau' },
      { subject: { kind: 'obligation', id: 'self-evaluation', aspect: 'earliestOn' }, expected: null, actual: '2026-03-03' },
      { subject: { kind: 'finding', key: 'catalogue' }, expected: 'error', actual: 'warning' },
      { subject: { kind: 'formIssues', form: 'change' }, expected: [], actual: ['opinion'] },
    ]);
  });
});
