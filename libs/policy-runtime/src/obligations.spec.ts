import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';

const policy = loadPolicyYaml(`schemaVersion: 1
id: sample-obligations
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
  - { key: inSystemCatalogue, cite: { article: 9, quote: 样例条文 } }
  - { key: involvesCryptography, cite: { article: 11, quote: 样例条文 } }
tracks:
  - { id: only, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
obligations:
  - id: file-contract
    name: 合同备案
    body: applicant
    to: [data-bureau]
    schedule: { kind: after, deadline: { amount: 5, unit: workingDays, from: contractSigned } }
    cite: { article: 18, quote: 签订合同后5个工作日内报备案 }
  - id: quarterly
    name: 季度进展报告
    body: applicant
    schedule: { kind: calendar, period: quarter, from: approvalIssued, until: accepted }
    cite: { article: 23, quote: 样例条文 }
  - id: every-three-months
    name: 每3个月报告进度
    body: applicant
    schedule: { kind: every, amount: 3, unit: months, from: approvalIssued, until: accepted }
    cite: { article: 16, quote: 样例条文 }
  - id: self-evaluation
    name: 绩效自评
    body: applicant
    schedule: { kind: after, deadline: { earliest: 12, amount: 24, unit: months, from: accepted } }
    cite: { article: 31, quote: 样例条文 }
  - id: crypto-copy
    name: 验收报告抄送密码管理局
    body: applicant
    when: { cel: involvesCryptography }
    schedule: { kind: upon, event: accepted }
    cite: { article: 25, quote: 样例条文 }
gates:
  - id: not-in-catalogue
    name: 未纳入目录
    effect: refuse-initiation
    soft: true
    when: { not: { cel: inSystemCatalogue } }
    message: 未纳入政务信息系统目录的系统原则上不予立项。
    cite: { article: 9, item: 1, quote: 样例条文 }
`);
const calendar = new WorkingCalendar(chineseDaysYears());
const run = (events: ProjectEvent[], at: string, facts: Record<string, boolean> = { inSystemCatalogue: true, involvesCryptography: false }) =>
  evaluate(policy, { facts, events }, at, { calendar });
const obligation = (report: ReturnType<typeof run>, id: string) => report.obligations.find((candidate) => candidate.id === id);

describe('obligations', () => {
  it('dates a filing after an event in working days, across National Day', () => {
    const report = run([{ kind: 'contractSigned', on: '2025-09-29' }], '2025-10-09');
    // 09-30, then 10-09, 10-10, 10-11 (Saturday, a working day) and 10-13.
    expect(obligation(report, 'file-contract')).toMatchObject({ state: 'open', dueOn: '2025-10-13', to: [{ name: '县数据局' }] });
    expect(obligation(run([{ kind: 'contractSigned', on: '2025-09-29' }], '2025-10-14'), 'file-contract')?.state).toBe('overdue');
    const filed = run(
      [
        { kind: 'contractSigned', on: '2025-09-29' },
        { kind: 'reportSubmitted', obligation: 'file-contract', on: '2025-10-10' },
      ],
      '2025-10-20',
    );
    expect(obligation(filed, 'file-contract')?.state).toBe('fulfilled');
  });

  it('waits for the event an obligation counts from', () => {
    expect(obligation(run([], '2025-10-01'), 'file-contract')).toMatchObject({ state: 'waiting' });
    expect(obligation(run([], '2025-10-01'), 'file-contract')?.dueOn).toBeUndefined();
  });

  it('falls due at each quarter end from approval until acceptance', () => {
    const approved: ProjectEvent[] = [{ kind: 'approvalIssued', on: '2025-08-15' }];
    expect(obligation(run(approved, '2025-08-20'), 'quarterly')).toMatchObject({ state: 'open', dueOn: '2025-09-30' });
    const reported = [...approved, { kind: 'reportSubmitted', obligation: 'quarterly', on: '2025-09-28' } as const];
    // The next quarter end, 2025-12-31, is a working day.
    expect(obligation(run(reported, '2025-10-05'), 'quarterly')?.dueOn).toBe('2025-12-31');
    expect(obligation(run([...approved, { kind: 'accepted', on: '2026-03-01' }], '2026-03-02'), 'quarterly')?.state).toBe('ended');
  });

  it('rolls every three months from approval, the month end rule included', () => {
    const approved: ProjectEvent[] = [{ kind: 'approvalIssued', on: '2025-11-30' }];
    // Three months after 11-30 is 2026-02-28 (民法典 第二百零二条); 02-28 is an adjusted working Saturday in 2026.
    expect(obligation(run(approved, '2025-12-01'), 'every-three-months')).toMatchObject({ state: 'open', dueOn: '2026-02-28' });
  });

  it('gives a window its earliest and latest day', () => {
    const report = run([{ kind: 'accepted', on: '2025-06-30' }], '2025-07-01');
    expect(obligation(report, 'self-evaluation')).toMatchObject({ state: 'open', earliestOn: '2026-06-30', dueOn: '2027-06-30' });
  });

  it('applies an obligation only when its condition holds', () => {
    expect(obligation(run([], '2025-07-01'), 'crypto-copy')).toBeUndefined();
    const crypto = run([{ kind: 'accepted', on: '2025-06-30' }], '2025-07-01', { inSystemCatalogue: true, involvesCryptography: true });
    expect(obligation(crypto, 'crypto-copy')).toMatchObject({ state: 'open', dueOn: '2025-06-30' });
  });

  it('reports an overdue obligation as a finding with its article', () => {
    const report = run([{ kind: 'contractSigned', on: '2025-09-29' }], '2025-10-20');
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'obligation-overdue', source: 'file-contract', citeText: '第十八条' }));
  });
});

describe('gates', () => {
  it('turns a refusal whose condition holds into a finding, a warning when the text says 原则上', () => {
    const refused = run([], '2025-07-01', { inSystemCatalogue: false, involvesCryptography: false });
    expect(refused.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'gate:refuse-initiation', source: 'not-in-catalogue', citeText: '第九条第（一）项' }),
    );
    expect(run([], '2025-07-01').findings.filter((finding) => finding.code.startsWith('gate:'))).toEqual([]);
  });

  it('does not refuse on a fact nobody has given yet', () => {
    expect(run([], '2025-07-01', {}).findings.filter((finding) => finding.code.startsWith('gate:'))).toEqual([]);
  });
});
