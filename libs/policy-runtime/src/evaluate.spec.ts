import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, parseMoney, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';

// A jurisdiction nobody has written yet: the runtime must not care which one it runs.
const SAMPLE = `schemaVersion: 1
id: sample-county
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例县政务信息化项目管理办法
versionLabel: 试行
issuer: 样例县数据局
status: trial
effective: { from: "2025-01-01", to: "2026-12-31" }
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
  - { id: crypto-bureau, name: 县密码管理局, catalogueKey: crypto-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - key: totalInvestment
    cite: { article: 8, quote: 样例条文 }
  - key: involvesCryptography
    cite: { article: 7, item: 2, quote: 样例条文 }
settings:
  - id: A1
    question: 恰好100万元是否属于“100万元以下”
    cite: { article: 8, quote: 样例条文 }
    alternatives: [{ value: inclusive, label: 含, overrides: [{ path: tracks/small/when, value: { threshold: { fact: totalInvestment, comparison: lte, amount: "100", unit: 万元, setting: A1 } } }] }, { value: exclusive, label: 不含 }]
    reading: exclusive
    why: 示例
tracks:
  - id: small
    name: 备案制
    cite: { article: 8, quote: 样例条文 }
    when: { threshold: { fact: totalInvestment, comparison: lt, amount: "100", unit: 万元, setting: A1 } }
  - id: full
    name: 审批制
    cite: { article: 7, quote: 样例条文 }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, item: 1, quote: 样例条文 } }
      - id: crypto
        name: 密码应用审核
        body: crypto-bureau
        after: [apply]
        when: { cel: involvesCryptography, description: 涉及密码应用 }
        deadline: { amount: 5, unit: workingDays, from: started, soft: true }
        cite: { article: 7, item: 2, quote: 样例条文 }
      - id: review
        name: 初步审核
        body: data-bureau
        tracks: [full]
        after: [crypto]
        deadline: { amount: 10, unit: workingDays, from: started, soft: true }
        cite: { article: 7, item: 3, quote: 样例条文 }
    attachments:
      - { id: plan, name: 项目方案, cite: { article: 7, item: 1, quote: 样例条文 } }
      - { id: crypto-report, name: 密码应用方案评估报告, when: { cel: involvesCryptography }, cite: { article: 7, item: 2, quote: 样例条文 } }
`;
const policy = loadPolicyYaml(SAMPLE);

const calendar = new WorkingCalendar(chineseDaysYears());
const run = (amount: string, crypto: boolean | undefined, events: ProjectEvent[] = [], at = '2025-09-30') =>
  evaluate(
    policy,
    {
      facts: { totalInvestment: parseMoney(amount, '万元'), ...(crypto === undefined ? {} : { involvesCryptography: crypto }) },
      events,
    },
    at,
    { calendar },
  );

describe('evaluate', () => {
  it('chooses the track by the threshold, citing its article and the fact it read', () => {
    const report = run('30', false);
    expect(report.track).toMatchObject({ id: 'small', name: '备案制', citeText: '第八条' });
    expect(report.track?.condition).toMatchObject({
      text: '项目总投资 < 100万元',
      result: true,
      facts: [{ key: 'totalInvestment', label: '项目总投资', value: '30万元' }],
      settings: ['A1'],
    });
    expect(report.settings).toEqual([expect.objectContaining({ id: 'A1', reading: 'exclusive' })]);
  });

  it('explains a fallback track by the conditions that did not hold', () => {
    const track = run('120', false).track;
    expect(track?.condition).toBeUndefined();
    expect(track?.notChosen).toEqual([
      expect.objectContaining({ id: 'small', name: '备案制', condition: expect.objectContaining({ text: '项目总投资 < 100万元', result: false }) }),
    ]);
  });

  it('compares exactly at the threshold with the comparison the document states', () => {
    expect(run('100', false).track?.id).toBe('full');
    expect(run('99.999999', false).track?.id).toBe('small');
  });

  it('lists only the steps of the chosen track, skipping those whose condition fails', () => {
    const report = run('120', false);
    expect(report.steps.map((step) => [step.id, step.state])).toEqual([
      ['apply', 'waiting'],
      ['crypto', 'skipped'],
      ['review', 'waiting'],
    ]);
    expect(run('30', false).steps.map((step) => step.id)).toEqual(['apply', 'crypto']);
  });

  it('starts the next step on submission and dates its deadline in working days on the official calendar', () => {
    const report = run('120', true, [{ kind: 'submitted', on: '2025-09-30' }]);
    const crypto = report.steps.find((step) => step.id === 'crypto');
    expect(crypto).toMatchObject({ state: 'active', startedOn: '2025-09-30' });
    expect(crypto?.deadline).toMatchObject({ dueOn: '2025-10-14', soft: true, text: '原则上5个工作日内', basis: '5个工作日，自2025-09-30起算' });
    expect(report.steps.find((step) => step.id === 'review')?.state).toBe('waiting');
  });

  it('moves on when a body approves, and warns when a soft deadline was missed', () => {
    const report = run(
      '120',
      true,
      [
        { kind: 'submitted', on: '2025-09-30' },
        { kind: 'stepCompleted', step: 'crypto', outcome: 'approve', on: '2025-10-15' },
      ],
      '2025-10-16',
    );
    expect(report.steps.find((step) => step.id === 'review')).toMatchObject({ state: 'active', startedOn: '2025-10-15' });
    expect(report.findings).toContainEqual(expect.objectContaining({ level: 'warning', code: 'deadline-breached', citeText: '第七条第（二）项' }));
  });

  it('marks an active step overdue after its due date', () => {
    const report = run('120', true, [{ kind: 'submitted', on: '2025-09-30' }], '2025-10-15');
    expect(report.steps.find((step) => step.id === 'crypto')?.state).toBe('overdue');
  });

  it('requires attachments by their conditions, with the reason', () => {
    const report = run('120', true);
    expect(report.attachments.map((a) => [a.id, a.required])).toEqual([
      ['plan', true],
      ['crypto-report', true],
    ]);
    expect(run('120', false).attachments.find((a) => a.id === 'crypto-report')?.required).toBe(false);
  });

  it('cannot choose a track without the fact the threshold reads, and says which', () => {
    const report = evaluate(policy, { facts: {}, events: [] }, '2025-09-30', { calendar });
    expect(report.track).toBeNull();
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'track-undetermined', message: '无法确定管理方式：缺少项目总投资' }));
  });

  it('still evaluates an expired trial, with a finding that says so', () => {
    const report = run('30', false, [], '2027-01-05');
    expect(report.applicability.inForce).toBe(false);
    expect(report.findings[0]).toMatchObject({ code: 'expired' });
    expect(report.track?.id).toBe('small');
  });

  it('combines conditions with all / any / not in three-valued logic', () => {
    const combined = loadPolicyYaml(
      SAMPLE.replace(
            '    when: { threshold: { fact: totalInvestment, comparison: lt, amount: "100", unit: 万元, setting: A1 } }',
            '    when:\n      all:\n        - { threshold: { fact: totalInvestment, comparison: lt, amount: "100", unit: 万元, setting: A1 } }\n        - { not: { cel: involvesCryptography } }',
          ),
    );
    const at = (facts: Record<string, bigint | boolean>) => evaluate(combined, { facts, events: [] }, '2025-09-30', { calendar });
    expect(at({ totalInvestment: parseMoney('30', '万元'), involvesCryptography: false }).track?.id).toBe('small');
    expect(at({ totalInvestment: parseMoney('30', '万元'), involvesCryptography: true }).track?.id).toBe('full');
    // 120万 fails the threshold, so the missing cryptography fact cannot change the answer.
    expect(at({ totalInvestment: parseMoney('120', '万元') }).track?.id).toBe('full');
    const unknown = at({ totalInvestment: parseMoney('30', '万元') });
    expect(unknown.track).toBeNull();
    expect(unknown.findings[0]?.message).toBe('无法确定管理方式：缺少涉及密码应用');
  });

  it('dates and flags a step that an event completes, such as filing a report within a period', () => {
    const withFiling = loadPolicyYaml(
      SAMPLE.replace(
        '    attachments:\n',
        '      - id: file-report\n        name: 报送材料\n        body: applicant\n        after: [review]\n        doneOn: reportSubmitted\n' +
          '        deadline: { amount: 5, unit: workingDays, from: started }\n        cite: { article: 9, quote: 样例条文 }\n    attachments:\n',
      ),
    );
    const events: ProjectEvent[] = [
      { kind: 'submitted', on: '2025-09-01' },
      { kind: 'stepCompleted', step: 'review', outcome: 'approve', on: '2025-09-30' },
    ];
    const late = evaluate(withFiling, { facts: { totalInvestment: parseMoney('120', '万元'), involvesCryptography: false }, events }, '2025-10-20', { calendar });
    const filing = late.steps.find((step) => step.id === 'file-report');
    expect(filing).toMatchObject({ state: 'overdue', startedOn: '2025-09-30', deadline: { dueOn: '2025-10-14' } });
    const onTime = evaluate(
      withFiling,
      { facts: { totalInvestment: parseMoney('120', '万元'), involvesCryptography: false }, events: [...events, { kind: 'reportSubmitted', on: '2025-10-13' }] },
      '2025-10-20',
      { calendar },
    );
    expect(onTime.steps.find((step) => step.id === 'file-report')).toMatchObject({ state: 'done', doneOn: '2025-10-13' });
    expect(onTime.findings.filter((finding) => finding.message.includes('报送材料'))).toEqual([]);
    expect(late.findings.filter((finding) => finding.message.includes('报送材料'))).toHaveLength(1);
  });

  it('ends a month period that falls on a holiday on the next working day, unless the document reads A31 otherwise', () => {
    const monthly = SAMPLE.replace('deadline: { amount: 10, unit: workingDays, from: started, soft: true }', 'deadline: { amount: 1, unit: months, from: started }');
    const due = (text: string) =>
      evaluate(
        loadPolicyYaml(text),
        { facts: { totalInvestment: parseMoney('120', '万元'), involvesCryptography: false }, events: [{ kind: 'submitted', on: '2025-09-01' }] },
        '2025-09-02',
        { calendar },
      ).steps.find((step) => step.id === 'review')?.deadline?.dueOn;
    // One month from 2025-09-01 is 2025-10-01, National Day: 民法典 第二百零三条 moves it to the first working day after.
    expect(due(monthly)).toBe('2025-10-09');
    expect(due(monthly.replace('tracks:\n', 'counting: { holidayEnd: unchanged }\ntracks:\n'))).toBe('2025-10-01');
  });

  it('orders steps by what they come after, wherever they are written', () => {
    // The crypto review written after the review that waits for it.
    const reordered = SAMPLE.replace(
      / {6}- id: crypto\n([\s\S]*?) {6}- id: review\n([\s\S]*?) {4}attachments:/,
      (_all, crypto: string, review: string) => `      - id: review\n${review}      - id: crypto\n${crypto}    attachments:`,
    );
    expect(reordered).not.toBe(SAMPLE);
    const report = evaluate(
      loadPolicyYaml(reordered),
      { facts: { totalInvestment: parseMoney('120', '万元'), involvesCryptography: true }, events: [{ kind: 'submitted', on: '2025-09-30' }] },
      '2025-10-01',
      { calendar },
    );
    expect(report.steps.map((step) => [step.id, step.state])).toEqual([
      ['apply', 'done'],
      ['review', 'waiting'],
      ['crypto', 'active'],
    ]);
  });

  it('waits for a step returned for correction, then restarts its clock on resubmission', () => {
    const events: ProjectEvent[] = [
      { kind: 'submitted', on: '2025-09-01' },
      { kind: 'stepCompleted', step: 'crypto', outcome: 'approve', on: '2025-09-02' },
      { kind: 'stepCompleted', step: 'review', outcome: 'return', reason: '补充数据共享说明', on: '2025-09-05' },
    ];
    const returned = run('120', true, events, '2025-09-20');
    expect(returned.steps.find((step) => step.id === 'review')).toMatchObject({ state: 'returned', reason: '补充数据共享说明' });
    const again = run('120', true, [...events, { kind: 'resubmitted', step: 'review', on: '2025-09-22' }], '2025-09-23');
    // 10 working days from the resubmission on 09-22: 09-23 … 09-26, Sunday 09-28 (调休), 09-29, 09-30, then after
    // National Day 10-09, 10-10 and Saturday 10-11 (调休).
    expect(again.steps.find((step) => step.id === 'review')).toMatchObject({ state: 'active', resubmittedOn: '2025-09-22', deadline: { dueOn: '2025-10-11' } });
  });

  it('resumes the clock with the working days left when the document says so', () => {
    const resuming = loadPolicyYaml(SAMPLE.replace('tracks:\n', 'counting: { returnedClock: resume }\ntracks:\n'));
    const events: ProjectEvent[] = [
      { kind: 'submitted', on: '2025-09-01' },
      { kind: 'stepCompleted', step: 'crypto', outcome: 'approve', on: '2025-09-02' },
      // Returned after 3 of its 10 working days (09-03, 09-04, 09-05).
      { kind: 'stepCompleted', step: 'review', outcome: 'return', on: '2025-09-05' },
      { kind: 'resubmitted', step: 'review', on: '2025-09-22' },
    ];
    const report = evaluate(resuming, { facts: { totalInvestment: parseMoney('120', '万元'), involvesCryptography: true }, events }, '2025-09-23', { calendar });
    // 7 working days left from 09-22: 09-23 … 09-26, Sunday 09-28 (调休), 09-29, 09-30.
    expect(report.steps.find((step) => step.id === 'review')?.deadline?.dueOn).toBe('2025-09-30');
  });

  it('gives the same report for the same input', () => {
    const events: ProjectEvent[] = [{ kind: 'submitted', on: '2025-09-30' }];
    expect(run('120', true, events)).toEqual(run('120', true, events));
  });
});
