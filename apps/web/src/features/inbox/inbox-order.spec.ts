import type { InboxItem } from '@banfa/api-contract';
import { describe, expect, it } from 'vitest';
import { daysLeftText, inboxOrder } from './inbox-order';

const item = (name: string, dueOn: string | null, overdue: boolean, workingDaysLeft: number | null = null): InboxItem => ({
  kind: 'step',
  project: { id: name, name, organisationName: '连平县教育局', jurisdictionCode: '441623', totalInvestment: '80' },
  body: { id: 'data-bureau', name: '县政务服务数据管理局', catalogueKey: 'data-bureau' },
  deadlineText: null,
  dueOn,
  workingDaysLeft,
  overdue,
  soft: true,
  provisional: false,
  citeText: '第十一条',
});

describe('the reviewers’ inbox', () => {
  it('puts overdue items first, then the soonest due, then those without a deadline', () => {
    const ordered = inboxOrder([item('丙', null, false), item('乙', '2025-10-20', false), item('甲', '2025-10-30', true), item('丁', '2025-10-14', false)]);
    expect(ordered.map((entry) => entry.project.name)).toEqual(['甲', '丁', '乙', '丙']);
  });

  it('says how many working days are left, or how far past due', () => {
    expect(daysLeftText({ workingDaysLeft: 3, overdue: false })).toBe('剩余3个工作日');
    expect(daysLeftText({ workingDaysLeft: 0, overdue: false })).toBe('今天到期');
    expect(daysLeftText({ workingDaysLeft: -2, overdue: true })).toBe('已逾期2个工作日');
    expect(daysLeftText({ workingDaysLeft: null, overdue: false })).toBe('未规定时限');
  });
});
