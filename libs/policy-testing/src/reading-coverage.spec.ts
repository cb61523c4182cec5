import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { checkReadingCoverage } from './reading-coverage';
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
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
settings:
  - id: A1
    question: 恰好50万元是否属于“50万元以下”
    cite: { article: 8 }
    alternatives:
      - { value: inclusive, label: 含50万元 }
      - value: exclusive
        label: 不含50万元
        overrides: [{ path: tracks/small/when/threshold/comparison, value: lt }]
      - { value: same, label: 措辞不同, effect: none, reason: 只影响表述 }
    reading: inclusive
    why: 样例
tracks:
  - { id: small, name: 备案制, cite: { article: 8, quote: 样例条文 }, when: { threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元, setting: A1 } } }
  - { id: full, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
`);
const calendar = new WorkingCalendar(chineseDaysYears());
const scenarios = (text: string) => parseScenarioFile(`policy: sample.policy.yaml\nscenarios:\n${text}`).scenarios;
const AT_50_DEFAULT = '  - { name: 恰好50万元为备案制, at: "2025-09-30", facts: { totalInvestment: 50万元 }, expect: { track: small } }\n';
const AT_50_EXCLUSIVE = '  - { name: 不含本数时恰好50万元为审批制, at: "2025-09-30", readings: { A1: exclusive }, facts: { totalInvestment: 50万元 }, expect: { track: full } }\n';
const AT_30_EXCLUSIVE = '  - { name: 不含本数时30万元仍为备案制, at: "2025-09-30", readings: { A1: exclusive }, facts: { totalInvestment: 30万元 }, expect: { track: small } }\n';

describe('scenarios under a chosen reading', () => {
  it('evaluate the document as the reading changes it', () => {
    const [exclusive] = scenarios(AT_50_EXCLUSIVE);
    expect(exclusive && runScenario(policy, exclusive, calendar).failures).toEqual([]);
    expect(exclusive && runScenario(policy, exclusive, calendar, {}).failures).toEqual(['管理方式：期望 "full"，实际 "small"']);
  });

  it('fail with the reason when they name an unknown setting or alternative', () => {
    const [unknown] = scenarios('  - { name: x, at: "2025-09-30", readings: { A1: both }, expect: { track: small } }\n');
    expect(unknown && runScenario(policy, unknown, calendar).failures).toEqual(['歧义设置的解读（readings）：歧义设置 A1 没有解读“both”，可选：inclusive、exclusive、same']);
  });
});

describe('checkReadingCoverage', () => {
  it('passes when a pair of scenarios shows what each reading changes (effect: none needs none)', () => {
    expect(checkReadingCoverage(policy, scenarios(AT_50_DEFAULT + AT_50_EXCLUSIVE), calendar)).toEqual([]);
  });

  it('fails when no scenario chooses an alternative that has overrides', () => {
    const gaps = checkReadingCoverage(policy, scenarios(AT_50_DEFAULT), calendar);
    expect(gaps).toEqual([
      {
        setting: 'A1',
        alternative: 'exclusive',
        message: '歧义设置 A1 的解读“exclusive”（不含50万元）没有场景测试：请增加一个 readings: { A1: exclusive } 的场景，断言它与选定解读“inclusive”不同的结果',
      },
    ]);
  });

  it('fails when the scenarios of an alternative assert nothing that differs from the chosen reading', () => {
    const [gap] = checkReadingCoverage(policy, scenarios(AT_50_DEFAULT + AT_30_EXCLUSIVE), calendar);
    expect(gap?.message).toBe('歧义设置 A1 的解读“exclusive”（不含50万元）的场景（不含本数时30万元仍为备案制）在选定解读“inclusive”下同样成立：请断言两种解读下不同的结果');
  });

  it('fails when no scenario under the chosen reading asserts what the alternative would change', () => {
    const [gap] = checkReadingCoverage(policy, scenarios(AT_50_EXCLUSIVE), calendar);
    expect(gap?.message).toBe('歧义设置 A1：没有按选定解读“inclusive”的场景断言了在“exclusive”下不同的结果：请增加一个这样的场景');
  });
});
