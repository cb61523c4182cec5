import type { ProjectEventView, ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, countRows, submitLianping, type Caller } from './project-fixtures.test-helper';

describe('events a department records on its project', () => {
  let t: TestApp;
  let department: Caller;
  let project: ProjectView;

  const record = (body: object, id = project.id) => department.post(`/api/projects/${id}/events`, body);
  const fieldOf = async (body: object) => {
    const response = await record(body).expect(400);
    return response.body.details.map((detail: { field: string; message: string }) => [detail.field, detail.message]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await callerFor(t, 'lp-dept');
    project = await submitLianping(department, '80', false);
    t.setToday('2025-12-15');
  });
  afterAll(() => t.close());

  it('refuses impossible, future and pre-submission dates, naming the field', async () => {
    const before = await countRows(t, 'project_events');
    expect(await fieldOf({ kind: 'constructionStarted', on: '2025-02-30' })).toEqual([['on', '日期“2025-02-30”不是有效日期，应为 YYYY-MM-DD，例如 2025-12-10']]);
    expect(await fieldOf({ kind: 'constructionStarted', on: '2025-13-01' })).toEqual([['on', expect.stringContaining('不是有效日期')]]);
    expect(await fieldOf({ kind: 'constructionStarted', on: '15/12/2025' })).toEqual([['on', expect.stringContaining('不是有效日期')]]);
    expect(await fieldOf({ kind: 'constructionStarted', on: '2025-12-16' })).toEqual([['on', '日期 2025-12-16 晚于今天（2025-12-15）：事件发生后才能记录']]);
    expect(await fieldOf({ kind: 'constructionStarted', on: '2025-09-29' })).toEqual([['on', '日期 2025-09-29 早于项目申报日期 2025-09-30']]);
    expect(await countRows(t, 'project_events')).toBe(before);
  });

  it('accepts only the kinds a department records, with the fields each needs', async () => {
    for (const kind of ['submitted', 'changeRequested', 'changeDecided', 'somethingElse']) {
      expect((await fieldOf({ kind, on: '2025-12-01' }))[0][0]).toBe('kind');
    }
    expect(await fieldOf({ kind: 'contractSigned', on: '2025-12-10' })).toEqual([['amount', '请填写合同金额，带单位，例如 80万元']]);
    expect(await fieldOf({ kind: 'contractSigned', on: '2025-12-10', amount: '80' })).toEqual([
      ['amount', '合同金额“80”应写成带单位的金额，精确到分，例如 80万元 或 1200.50元'],
    ]);
    expect(await fieldOf({ kind: 'goLive', on: '2025-12-10', step: 'initial-review' })).toEqual([
      ['step', '只有补正后重新提交（resubmitted）或本单位步骤完成（stepCompleted）事件需要填写 step，请删除'],
    ]);
    expect((await fieldOf({ kind: 'reportSubmitted', on: '2025-12-10' }))[0]).toEqual(['obligation', expect.stringContaining('annual-project-list（报送本单位政务信息化计划和下一年度项目建设清单）')]);
    expect((await fieldOf({ kind: 'reportSubmitted', on: '2025-12-10', obligation: 'weekly-report' }))[0]).toEqual(['obligation', expect.stringContaining('本政策没有义务“weekly-report”')]);
    expect((await fieldOf({ kind: 'resubmitted', on: '2025-12-10' }))[0]).toEqual(['step', '请填写被退回补正的步骤 id']);
    const notReturned = await record({ kind: 'resubmitted', on: '2025-12-10', step: 'initial-review' }).expect(409);
    expect(notReturned.body.message).toBe('“初步审核”当前不是退回补正状态，无需重新提交');
  });

  it('lets a department complete only its own steps, never a review body’s', async () => {
    const events = await countRows(t, 'project_events');
    const reviewStep = await record({ kind: 'stepCompleted', on: '2025-12-10', step: 'initial-review' }).expect(403);
    expect(reviewStep.body.message).toBe('“初步审核”由县政务服务数据管理局办理，由该机构在待办中办理，项目建设单位不能代为完成');
    const byEvent = await record({ kind: 'stepCompleted', on: '2025-12-10', step: 'contract' }).expect(409);
    expect(byEvent.body.message).toBe('“签订合同”在记录相应事件（contractSigned）时完成，请记录该事件');
    expect((await fieldOf({ kind: 'stepCompleted', on: '2025-12-10', step: 'no-such-step' }))[0]).toEqual(['step', '本项目的办理程序中没有步骤“no-such-step”']);
    expect(await countRows(t, 'project_events')).toBe(events);
  });

  it('records a contract with its amount, recomputes and stores the report, and audits the write', async () => {
    const [events, reports, audit] = [await countRows(t, 'project_events'), await countRows(t, 'decision_reports'), await countRows(t, 'audit_log')];
    const updated: ProjectView = (await record({ kind: 'contractSigned', on: '2025-12-10', amount: '78.5万元', note: '合同编号 LP-2025-018' }).expect(201)).body;
    expect(updated.lockVersion).toBe(project.lockVersion + 1);
    expect(updated.report!.at).toBe('2025-12-15');
    expect([await countRows(t, 'project_events'), await countRows(t, 'decision_reports'), await countRows(t, 'audit_log')]).toEqual([events + 1, reports + 1, audit + 1]);
    const listed: ProjectEventView[] = (await department.get(`/api/projects/${project.id}/events`).expect(200)).body;
    expect(listed.at(-1)).toMatchObject({ kind: 'contractSigned', on: '2025-12-10', amount: '78.5万元', note: '合同编号 LP-2025-018', actorId: 'u-lp-dept' });
  });

  it('fulfils an obligation when its report is filed (第二十五条 验收报告抄送)', async () => {
    const accepted: ProjectView = (await record({ kind: 'accepted', on: '2025-12-11' }).expect(201)).body;
    expect(accepted.report!.obligations.find((obligation) => obligation.id === 'acceptance-report-copy')?.state).toBe('open');
    const filed: ProjectView = (await record({ kind: 'reportSubmitted', on: '2025-12-12', obligation: 'acceptance-report-copy' }).expect(201)).body;
    expect(filed.report!.obligations.find((obligation) => obligation.id === 'acceptance-report-copy')).toMatchObject({ state: 'fulfilled', citeText: '第二十五条' });
  });

  it('refuses events on a draft (409) and from anyone but the project’s department (403)', async () => {
    const draft: ProjectView = (await department.post('/api/projects', {}).expect(201)).body;
    const refused = await record({ kind: 'goLive', on: '2025-12-10' }, draft.id).expect(409);
    expect(refused.body.message).toBe('项目尚未提交申报，不能记录事件；请先提交申报');
    const reviewer = await callerFor(t, 'lp-data');
    await reviewer.post(`/api/projects/${project.id}/events`, { kind: 'goLive', on: '2025-12-10' }).expect(403);
  });
});
