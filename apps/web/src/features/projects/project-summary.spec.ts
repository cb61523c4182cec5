import type { DecisionReport, ObligationReport, StepReport } from '@banfa/policy-runtime';
import { describe, expect, it } from 'vitest';
import { summarise } from './project-summary';

const step = (id: string, state: StepReport['state'], dueOn?: string): StepReport => ({
  id,
  name: id,
  stage: { id: 'initiation', name: '立项' },
  body: { id: 'data-bureau', name: '县政务服务数据管理局', catalogueKey: 'data-bureau' },
  state,
  after: [],
  ...(dueOn ? { deadline: { text: '原则上10个工作日内', dueOn, soft: true, provisional: false } } : {}),
  cite: { article: 11 },
  citeText: '第十一条',
});

const obligation = (state: ObligationReport['state'], dueOn: string): ObligationReport => ({
  id: 'progress',
  name: '项目建设进度报告',
  body: { id: 'applicant', name: '项目建设单位' },
  to: [],
  state,
  schedule: '每季度末',
  dueOn,
  soft: false,
  provisional: false,
  cite: { article: 20 },
  citeText: '第二十条',
});

const report = (steps: StepReport[], obligations: ObligationReport[] = [], findings: DecisionReport['findings'] = []) =>
  ({ steps, obligations, findings }) as unknown as DecisionReport;

describe('a project as a list row', () => {
  it('says a draft is a draft with nothing due', () => {
    expect(summarise({ state: 'draft', report: null })).toEqual({ status: 'draft', current: [], next: null, overdue: false });
  });

  it('puts an overdue step before an earlier due date that is not overdue, and flags the project', () => {
    const summary = summarise({
      state: 'submitted',
      report: report([step('初步审核', 'overdue', '2025-10-20'), step('密码应用审核', 'active', '2025-10-14'), step('立项申报', 'done')], [obligation('open', '2025-10-10')]),
    });
    expect(summary.status).toBe('in-progress');
    expect(summary.overdue).toBe(true);
    expect(summary.next).toMatchObject({ label: '初步审核（县政务服务数据管理局）', dueOn: '2025-10-20', overdue: true });
    expect(summary.current).toEqual(['初步审核（县政务服务数据管理局）', '密码应用审核（县政务服务数据管理局）']);
  });

  it('takes the earliest of step deadlines and open obligations when nothing is overdue', () => {
    const summary = summarise({ state: 'submitted', report: report([step('初步审核', 'active', '2025-10-20')], [obligation('open', '2025-10-10'), obligation('waiting', '2025-01-01')]) });
    expect(summary.next).toMatchObject({ label: '项目建设进度报告', dueOn: '2025-10-10' });
    expect(summary.overdue).toBe(false);
  });

  it('tells returned, rejected, refused and completed projects apart', () => {
    expect(summarise({ state: 'submitted', report: report([step('初步审核', 'returned')]) }).status).toBe('returned');
    expect(summarise({ state: 'submitted', report: report([step('初步审核', 'rejected')]) }).status).toBe('rejected');
    expect(summarise({ state: 'submitted', report: report([step('a', 'done'), step('b', 'skipped')]) }).status).toBe('completed');
    const refused = report([step('a', 'waiting')], [], [{ level: 'error', code: 'gate:refuse', message: '不予立项' }]);
    expect(summarise({ state: 'submitted', report: refused }).status).toBe('refused');
  });
});
