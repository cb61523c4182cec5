import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, parseMoney, type FactValues, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { DecisionReport } from './decision-report.types';
import type { Decisions } from './decisions.types';
import { evaluate } from './evaluate';

// Two stages: the 立项 steps run in parallel after the application, and the acceptance waits for both.
const SAMPLE = `schemaVersion: 1
id: sample-decisions
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例县政务信息化项目管理办法
versionLabel: 试行
issuer: 样例县数据局
status: trial
effective: { from: "2025-01-01", to: "2026-12-31" }
source: { file: sample.txt, title: 样例 }
counting: { returnedClock: resume }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
  - { id: finance-bureau, name: 县财政局, catalogueKey: finance-bureau, cite: { article: 4, quote: 样例条文 } }
  - { id: crypto-bureau, name: 县密码管理局, catalogueKey: crypto-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
  - { key: involvesCryptography, cite: { article: 7, quote: 样例条文 } }
  - { key: inSystemCatalogue, cite: { article: 9, quote: 样例条文 } }
tracks:
  - id: small
    name: 备案制
    cite: { article: 8, quote: 样例条文 }
    when: { threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元 } }
  - { id: full, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
      - id: crypto
        name: 密码应用审核
        body: crypto-bureau
        after: [apply]
        when: { cel: involvesCryptography }
        deadline: { amount: 5, unit: workingDays, from: started, soft: true }
        cite: { article: 7, item: 2, quote: 样例条文 }
      - { id: review, name: 初步审核, body: data-bureau, tracks: [full], after: [apply], deadline: { amount: 10, unit: workingDays, from: started }, cite: { article: 7, item: 3, quote: 样例条文 } }
      - { id: funding, name: 资金审核, body: finance-bureau, tracks: [full], after: [review], deadline: { amount: 1, unit: months, from: started }, cite: { article: 7, item: 4, quote: 样例条文 } }
    attachments:
      - { id: plan, name: 项目方案, cite: { article: 7, item: 1, quote: 样例条文 } }
      - { id: crypto-report, name: 密码应用方案, when: { cel: involvesCryptography }, cite: { article: 7, item: 2, quote: 样例条文 } }
  - id: acceptance
    name: 验收
    cite: { article: 20, quote: 样例条文 }
    steps:
      - { id: accept, name: 竣工验收, body: data-bureau, after: [crypto, funding], deadline: { amount: 20, unit: workingDays, from: started }, cite: { article: 20, quote: 样例条文 } }
    attachments:
      - { id: acceptance-report, name: 验收报告, when: { cel: inSystemCatalogue }, cite: { article: 20, quote: 样例条文 } }
gates:
  - id: not-in-catalogue
    name: 未纳入目录
    effect: refuse-initiation
    when: { not: { cel: inSystemCatalogue } }
    message: 未纳入政务信息系统目录的系统不予立项。
    cite: { article: 9, quote: 样例条文 }
`;
const policy = loadPolicyYaml(SAMPLE);
const calendar = new WorkingCalendar(chineseDaysYears());

/** What decide() promises: the report's decisions, without what only a report has. */
function decisionsOf(report: DecisionReport): Decisions {
  return {
    policy: report.policy,
    at: report.at,
    track: report.track ? { id: report.track.id, name: report.track.name } : null,
    steps: report.steps.map(({ condition: _condition, after: _after, cite: _cite, deadline, ...step }) => {
      if (!deadline) return step;
      const { basis: _basis, ...rest } = deadline;
      return { ...step, deadline: rest };
    }),
    attachments: report.attachments.map(({ condition: _condition, cite: _cite, ...attachment }) => attachment),
  };
}

const amounts = ['30', '50', '50.000001', '120', undefined];
const flags = [true, false, undefined];
const histories: ProjectEvent[][] = [
  [],
  [{ kind: 'submitted', on: '2025-09-30' }],
  [
    { kind: 'submitted', on: '2025-09-01' },
    { kind: 'stepCompleted', step: 'crypto', outcome: 'approve', on: '2025-09-12' },
    { kind: 'stepCompleted', step: 'review', outcome: 'return', reason: '补充材料', on: '2025-09-05' },
    { kind: 'resubmitted', step: 'review', on: '2025-09-22' },
    { kind: 'stepCompleted', step: 'review', outcome: 'approve', on: '2025-09-26' },
  ],
  [
    { kind: 'submitted', on: '2025-09-01' },
    { kind: 'stepCompleted', step: 'review', outcome: 'reject', reason: '不符合规划', on: '2025-09-03' },
  ],
  [
    { kind: 'submitted', on: '2025-06-02' },
    { kind: 'stepCompleted', step: 'crypto', outcome: 'approve', on: '2025-06-03' },
    { kind: 'stepCompleted', step: 'review', outcome: 'approve', on: '2025-06-20' },
    { kind: 'stepCompleted', step: 'funding', outcome: 'approve', on: '2025-07-30' },
  ],
];
const days = ['2025-09-01', '2025-09-30', '2025-10-20', '2026-03-01'];

function facts(amount: string | undefined, crypto: boolean | undefined, catalogue: boolean | undefined): FactValues {
  return {
    ...(amount === undefined ? {} : { totalInvestment: parseMoney(amount, '万元') }),
    ...(crypto === undefined ? {} : { involvesCryptography: crypto }),
    ...(catalogue === undefined ? {} : { inSystemCatalogue: catalogue }),
  };
}

describe('decide', () => {
  it('gives exactly the decisions of the full report, for every project, history and day tried', () => {
    let compared = 0;
    for (const amount of amounts)
      for (const crypto of flags)
        for (const catalogue of flags)
          for (const events of histories)
            for (const at of days) {
              const project = { facts: facts(amount, crypto, catalogue), events };
              expect(decide(policy, project, at, { calendar })).toEqual(decisionsOf(evaluate(policy, project, at, { calendar })));
              compared++;
            }
    expect(compared).toBe(5 * 3 * 3 * 5 * 4);
  });

  it('answers a project of 120万 with cryptography: 审批制, the parallel reviews dated, the acceptance waiting', () => {
    const answer = decide(policy, { facts: facts('120', true, true), events: [{ kind: 'submitted', on: '2025-09-30' }] }, '2025-09-30', { calendar });
    expect(answer.track).toEqual({ id: 'full', name: '审批制' });
    expect(answer.steps.map((step) => [step.id, step.state, step.deadline?.dueOn])).toEqual([
      ['apply', 'done', undefined],
      ['crypto', 'active', '2025-10-14'],
      ['review', 'active', '2025-10-21'],
      ['funding', 'waiting', undefined],
      ['accept', 'waiting', undefined],
    ]);
    expect(answer.attachments.map((attachment) => [attachment.id, attachment.required])).toEqual([
      ['plan', true],
      ['crypto-report', true],
      ['acceptance-report', true],
    ]);
  });

  it('gives no track, steps or attachments when the track cannot be decided', () => {
    expect(decide(policy, { facts: {}, events: [] }, '2025-09-30', { calendar })).toMatchObject({ track: null, steps: [], attachments: [] });
  });

  it('answers for some stages only, folding the steps they come after in the other stages', () => {
    const events: ProjectEvent[] = [
      { kind: 'submitted', on: '2025-06-02' },
      { kind: 'stepCompleted', step: 'review', outcome: 'approve', on: '2025-06-20' },
      { kind: 'stepCompleted', step: 'funding', outcome: 'approve', on: '2025-07-30' },
    ];
    for (const crypto of [true, false]) {
      const project = { facts: facts('120', crypto, false), events };
      const whole = decide(policy, project, '2025-08-01', { calendar });
      const acceptance = decide(policy, project, '2025-08-01', { calendar, stages: ['acceptance'] });
      expect(acceptance.steps).toEqual(whole.steps.filter((step) => step.stage.id === 'acceptance'));
      expect(acceptance.attachments).toEqual([{ id: 'acceptance-report', name: '验收报告', stage: { id: 'acceptance', name: '验收' }, required: false, citeText: '第二十条' }]);
      const initiation = decide(policy, project, '2025-08-01', { calendar, stages: ['initiation'] });
      expect(initiation.steps).toEqual(whole.steps.filter((step) => step.stage.id === 'initiation'));
    }
    // The acceptance starts only once the cryptography review, in the other stage, is done.
    const waiting = decide(policy, { facts: facts('120', true, true), events }, '2025-08-01', { calendar, stages: ['acceptance'] });
    expect(waiting.steps.map((step) => [step.id, step.state])).toEqual([['accept', 'waiting']]);
    const started = decide(policy, { facts: facts('120', false, true), events }, '2025-08-01', { calendar, stages: ['acceptance'] });
    expect(started.steps).toMatchObject([{ id: 'accept', state: 'active', startedOn: '2025-07-30', deadline: { dueOn: '2025-08-27' } }]);
  });

  it('refuses a stage the document does not have, naming it and the stages it has', () => {
    const project = { facts: facts('120', false, true), events: [] };
    expect(() => decide(policy, project, '2025-08-01', { calendar, stages: ['initiation', 'operation'] })).toThrow('没有这些阶段：operation（本办法的阶段：initiation、acceptance）');
    expect(() => decide(policy, { facts: {}, events: [] }, '2025-08-01', { calendar, stages: ['operation'] })).toThrow('没有这些阶段：operation');
  });
});
