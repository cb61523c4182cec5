import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, type FactValues, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';

const calendar = new WorkingCalendar(chineseDaysYears());

/** A sample document; `counting` is the YAML of its counting conventions. */
function policy(counting = '{}') {
  return loadPolicyYaml(`schemaVersion: 1
id: sample-counting
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
  - { key: approvedConstructionMonths, type: integer, label: 批复的建设周期（月）, cite: { article: 30, quote: 样例条文 } }
counting: ${counting}
tracks:
  - { id: only, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
      - { id: review, name: 审核, body: data-bureau, after: [apply], deadline: { amount: 5, unit: workingDays, from: started }, cite: { article: 11, quote: 样例条文 } }
      - { id: notice, name: 公示, body: data-bureau, after: [apply], deadline: { amount: 10, unit: calendarDays, from: submitted }, cite: { article: 12, quote: 样例条文 } }
      - { id: build, name: 建设, body: applicant, after: [review], deadline: { amount: { fact: approvedConstructionMonths }, unit: months, from: approvalIssued }, cite: { article: 29, quote: 样例条文 } }
obligations:
  - id: acceptance-due
    name: 申请竣工验收
    body: applicant
    schedule: { kind: after, deadline: { amount: { fact: approvedConstructionMonths }, unit: months, from: approvalIssued, soft: true } }
    soft: true
    cite: { article: 30, quote: 样例条文 }
  - id: self-evaluation
    name: 绩效自评
    body: applicant
    schedule: { kind: after, deadline: { earliest: 6, amount: 12, unit: months, from: { laterOf: [accepted, goLive] } } }
    cite: { article: 40, quote: 样例条文 }
  - id: completion-filing
    name: 完工备案
    body: applicant
    schedule: { kind: after, deadline: { amount: 30, unit: calendarDays, from: { earlierOf: [constructionCompleted, initialAcceptance] } } }
    cite: { article: 26, quote: 样例条文 }
  - id: yearly
    name: 建设期年度报告
    body: applicant
    schedule: { kind: calendar, period: year, dueBy: "12-31", from: approvalIssued, until: accepted, finalPeriod: due }
    cite: { article: 27, quote: 样例条文 }
  - id: quarterly
    name: 季度报告（末日提前）
    body: applicant
    schedule: { kind: calendar, period: quarter, from: approvalIssued, until: accepted, holidayEnd: previous-working-day }
    cite: { article: 23, quote: 样例条文 }
  - id: quarterly-moved-on
    name: 季度报告（末日按文件）
    body: applicant
    schedule: { kind: calendar, period: quarter, from: approvalIssued, until: accepted }
    cite: { article: 23, quote: 样例条文 }
`);
}

const step = (report: ReturnType<typeof evaluate>, id: string) => report.steps.find((candidate) => candidate.id === id);
const obligation = (report: ReturnType<typeof evaluate>, id: string) => report.obligations.find((candidate) => candidate.id === id);
const run = (counting: string | undefined, events: ProjectEvent[], at: string, facts: FactValues = {}) => evaluate(policy(counting), { facts, events }, at, { calendar });

describe('counting conventions of the document', () => {
  const submitted: ProjectEvent[] = [{ kind: 'submitted', on: '2025-09-30' }];

  it('counts from the day after the event, adjusted workdays included, when the document says nothing', () => {
    const report = run(undefined, submitted, '2025-10-09');
    expect(step(report, 'review')?.deadline).toMatchObject({ dueOn: '2025-10-14', basis: '5个工作日，自2025-09-30起算' });
  });

  it('makes the event day day 1 when counting.eventDay is included', () => {
    const report = run('{ eventDay: included }', submitted, '2025-10-09');
    expect(step(report, 'review')?.deadline).toMatchObject({ dueOn: '2025-10-13', basis: '5个工作日，自2025-09-30起算（当日计入）' });
    // 10 calendar days with 09-30 as day 1 end on 10-09 (a working day), not on 10-10.
    expect(step(report, 'notice')?.deadline?.dueOn).toBe('2025-10-09');
    expect(step(run(undefined, submitted, '2025-10-09'), 'notice')?.deadline?.dueOn).toBe('2025-10-10');
  });

  it('does not count the Saturday after 国庆 that is 调休上班 when counting.adjustedWorkdays is skip', () => {
    const report = run('{ adjustedWorkdays: skip }', submitted, '2025-10-09');
    expect(step(report, 'review')?.deadline).toMatchObject({ dueOn: '2025-10-15', basis: '5个工作日，自2025-09-30起算（调休上班日不计）' });
  });

  it('moves a calendar-day period ending on a day off back when counting.holidayEnd is previous-working-day', () => {
    // 2024-03-21 + 10 days = Sunday 03-31: back to Friday 03-29, or on to Monday 04-01 by default.
    const events: ProjectEvent[] = [{ kind: 'submitted', on: '2024-03-21' }];
    expect(step(run('{ holidayEnd: previous-working-day }', events, '2024-03-25'), 'notice')?.deadline?.dueOn).toBe('2024-03-29');
    expect(step(run(undefined, events, '2024-03-25'), 'notice')?.deadline?.dueOn).toBe('2024-04-01');
  });

  it('counts the first day among the working days used before 补正 when the event day is included and the clock resumes', () => {
    // Started Monday 06-09, returned Wednesday 06-11, resubmitted Monday 06-16; 5 working days in all.
    const events: ProjectEvent[] = [
      { kind: 'submitted', on: '2025-06-09' },
      { kind: 'stepCompleted', step: 'review', outcome: 'return', on: '2025-06-11' },
      { kind: 'resubmitted', step: 'review', on: '2025-06-16' },
    ];
    // By default 2 days used (06-10, 06-11), 3 left after 06-16: 06-19.
    expect(step(run('{ returnedClock: resume }', events, '2025-06-16'), 'review')?.deadline?.dueOn).toBe('2025-06-19');
    // The event day counted: 3 used (06-09 to 06-11), 2 left with 06-16 as day 1: 06-17.
    expect(step(run('{ returnedClock: resume, eventDay: included }', events, '2025-06-16'), 'review')?.deadline?.dueOn).toBe('2025-06-17');
  });
});

describe('a period counted from the later or the earlier of several events', () => {
  it('waits until both events of laterOf have happened, then counts from the later one', () => {
    expect(obligation(run(undefined, [{ kind: 'accepted', on: '2025-03-03' }], '2025-04-01'), 'self-evaluation')?.state).toBe('waiting');
    const events: ProjectEvent[] = [
      { kind: 'accepted', on: '2025-03-03' },
      { kind: 'goLive', on: '2025-05-06' },
    ];
    expect(obligation(run(undefined, events, '2025-06-01'), 'self-evaluation')).toMatchObject({
      state: 'open',
      earliestOn: '2025-11-06',
      dueOn: '2026-05-06',
      basis: '12个月，自2025-05-06起算（验收通过、上线两者中较晚者）',
    });
  });

  it('counts earlierOf from whichever of its events happened first', () => {
    // 初步验收 before 完工 here: 2025-06-04 + 30 days = 2025-07-04.
    const events: ProjectEvent[] = [
      { kind: 'initialAcceptance', on: '2025-06-04' },
      { kind: 'constructionCompleted', on: '2025-06-20' },
    ];
    expect(obligation(run(undefined, events, '2025-06-25'), 'completion-filing')?.dueOn).toBe('2025-07-04');
    expect(obligation(run(undefined, events.slice(0, 1), '2025-06-10'), 'completion-filing')?.dueOn).toBe('2025-07-04');
  });
});

describe('a period whose length is a project fact', () => {
  const approved: ProjectEvent[] = [
    { kind: 'submitted', on: '2024-02-01' },
    { kind: 'stepCompleted', step: 'review', outcome: 'approve', on: '2024-02-20' },
    { kind: 'approvalIssued', on: '2024-03-01' },
  ];

  it('reads the length from the fact, and says so in the basis', () => {
    const report = run(undefined, approved, '2025-08-01', { approvedConstructionMonths: 18n });
    expect(obligation(report, 'acceptance-due')).toMatchObject({ state: 'open', dueOn: '2025-09-01', basis: '18个月（批复的建设周期（月）），自2024-03-01起算' });
    expect(step(report, 'build')?.deadline).toMatchObject({ text: '“批复的建设周期（月）”个月内', dueOn: '2025-09-01' });
    expect(report.findings.filter((finding) => finding.code === 'deadline-length-missing')).toEqual([]);
  });

  it('gives no due date and a warning naming the fact when the project lacks it', () => {
    const report = run(undefined, approved, '2025-08-01');
    expect(obligation(report, 'acceptance-due')?.state).toBe('unknown');
    expect(obligation(report, 'acceptance-due')?.dueOn).toBeUndefined();
    expect(step(report, 'build')?.deadline?.dueOn).toBeUndefined();
    const missing = report.findings.filter((finding) => finding.code === 'deadline-length-missing');
    expect(missing.map((finding) => [finding.source, finding.level])).toEqual([
      ['build', 'warning'],
      ['acceptance-due', 'warning'],
    ]);
    expect(missing[0]?.message).toBe('“建设”的期限长度取自项目的“批复的建设周期（月）”，该项尚未填写，无法计算到期日；请补充后重新计算');
  });

  it('refuses a length of 0 months as a period, saying what it read', () => {
    const report = run(undefined, approved, '2025-08-01', { approvedConstructionMonths: 0n });
    expect(obligation(report, 'acceptance-due')?.basis).toContain('其值（0）不是大于0的整数');
  });
});

describe('calendar schedules: the final period and a schedule’s own rule for a day off', () => {
  const history: ProjectEvent[] = [
    { kind: 'approvalIssued', on: '2024-03-01' },
    { kind: 'reportSubmitted', obligation: 'yearly', on: '2024-12-20' },
    { kind: 'reportSubmitted', obligation: 'yearly', on: '2025-12-22' },
    { kind: 'accepted', on: '2026-05-10' },
  ];

  it('is still due at the end of the year in which its end event happens, once', () => {
    expect(obligation(run(undefined, history, '2026-06-01'), 'yearly')).toMatchObject({ state: 'open', dueOn: '2026-12-31' });
    expect(obligation(run(undefined, history, '2027-01-05'), 'yearly')?.state).toBe('overdue');
    const filed: ProjectEvent[] = [...history, { kind: 'reportSubmitted', obligation: 'yearly', on: '2026-12-18' }];
    expect(obligation(run(undefined, filed, '2026-12-28'), 'yearly')?.state).toBe('ended');
  });

  it('asks first for an earlier year’s missing report, as it does before its end event', () => {
    // Accepted in 2026 with the 2025 report missing: the 2025 report is due (overdue), not the 2026 one.
    const missing = history.filter((event) => event.on !== '2025-12-22');
    expect(obligation(run(undefined, missing, '2026-06-01'), 'yearly')).toMatchObject({ state: 'overdue', dueOn: '2025-12-31' });
  });

  it('moves a quarter end on a Sunday back to Friday for the schedule that says so, and on for the other', () => {
    const events: ProjectEvent[] = [{ kind: 'approvalIssued', on: '2024-01-15' }];
    const report = run(undefined, events, '2024-03-20');
    expect(obligation(report, 'quarterly')?.dueOn).toBe('2024-03-29');
    expect(obligation(report, 'quarterly-moved-on')?.dueOn).toBe('2024-04-01');
    expect(obligation(report, 'quarterly')?.schedule).toBe('每季度末，自立项批复起，至验收通过（末日为休息日的提前至此前最后一个工作日）');
  });
});
