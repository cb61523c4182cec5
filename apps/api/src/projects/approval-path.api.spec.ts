import type { DecisionReportRecord, InboxItem, ProjectEventView, ProjectView } from '@banfa/api-contract';
import type { StepReport } from '@banfa/policy-runtime';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, countRows, lianpingAnswers, lianpingForm, type Caller } from './project-fixtures.test-helper';

/**
 * A 连平县 审批制 project of 80万元 that involves cryptography, through every review body of 第十一条, on the official
 * calendar across 国庆 2025 (10-01..10-08 off; Sunday 09-28 and Saturday 10-11 working days), with a return for
 * correction (补正) and a resubmission. Every period counts from the day after its start (民法典 第二百零一条).
 */
describe('a 连平县 approval-track project through every review body', () => {
  let t: TestApp;
  let department: Caller;
  let crypto: Caller;
  let data: Caller;
  let finance: Caller;
  let project: ProjectView;

  const initiation = (view: ProjectView) =>
    Object.fromEntries(
      view.report!.steps.filter((step) => step.stage.id === 'initiation').map((step) => [step.id, [step.state, step.deadline?.dueOn ?? null]]),
    );
  const step = (view: ProjectView, id: string): StepReport => view.report!.steps.find((candidate) => candidate.id === id)!;
  const act = (caller: Caller, stepId: string, outcome: string, reason?: string) =>
    caller.post(`/api/projects/${project.id}/steps/${stepId}/actions`, { outcome, ...(reason ? { reason } : {}) });
  const inbox = async (caller: Caller): Promise<InboxItem[]> => (await caller.get('/api/inbox').expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    department = await callerFor(t, 'lp-dept');
    crypto = await callerFor(t, 'lp-crypto');
    data = await callerFor(t, 'lp-data');
    finance = await callerFor(t, 'lp-finance');
  });
  afterAll(() => t.close());

  it('keeps a draft, then submits it on Friday 2025-09-26: 密码应用审核 due on 10-10 (Sunday 09-28 counts, 国庆 does not)', async () => {
    t.setToday('2025-09-26');
    const { involvesCryptography: _unanswered, ...partial } = lianpingAnswers(true);
    const draft: ProjectView = (await department.post('/api/projects', { formValues: lianpingForm('80'), factAnswers: partial }).expect(201)).body;
    expect(draft).toMatchObject({ state: 'draft', lockVersion: 1, report: null, submittedOn: null, name: '智慧校园平台（80万元）', totalInvestment: '80' });
    const saved: ProjectView = (await department.put(`/api/projects/${draft.id}`, { formValues: lianpingForm('80'), factAnswers: lianpingAnswers(true), lockVersion: 1 }).expect(200)).body;
    expect(saved.lockVersion).toBe(2);

    project = (await department.post(`/api/projects/${draft.id}/submit`, { lockVersion: 2 }).expect(200)).body;
    expect(project).toMatchObject({ state: 'submitted', submittedOn: '2025-09-26', policy: { versionId: '441623-lianping:consultation-draft-2' } });
    expect(project.report!.track).toMatchObject({ id: 'approval', citeText: '第十一条' });
    expect(initiation(project)).toEqual({
      'plan-and-review': ['done', null],
      'crypto-review': ['active', '2025-10-10'],
      application: ['waiting', null],
      'initial-review': ['waiting', null],
      'funding-review': ['waiting', null],
      'approval-decision': ['waiting', null],
    });
    expect(step(project, 'crypto-review').deadline).toMatchObject({ text: '原则上5个工作日内', basis: '5个工作日，自2025-09-26起算', soft: true, provisional: false });
  });

  it('shows each body its own work: the crypto bureau has the active step, the others nothing yet', async () => {
    expect(await inbox(crypto)).toEqual([
      expect.objectContaining({
        kind: 'step',
        project: expect.objectContaining({ id: project.id, name: '智慧校园平台（80万元）', organisationName: '连平县教育局', totalInvestment: '80' }),
        body: { id: 'crypto-bureau', name: '县密码管理局', catalogueKey: 'crypto-bureau' },
        step: expect.objectContaining({ id: 'crypto-review', name: '密码应用审核', state: 'active', startedOn: '2025-09-26' }),
        deadlineText: '原则上5个工作日内',
        dueOn: '2025-10-10',
        workingDaysLeft: 5,
        overdue: false,
        soft: true,
        citeText: '第十一条第（二）项',
      }),
    ]);
    expect(await inbox(data)).toEqual([]);
    expect(await inbox(finance)).toEqual([]);
  });

  it('refuses the wrong body (403) and a step not yet active (409), storing nothing', async () => {
    const events = await countRows(t, 'project_events');
    const wrongBody = await act(finance, 'crypto-review', 'approve').expect(403);
    expect(wrongBody.body).toMatchObject({ code: 'forbidden', message: '“密码应用审核”由县密码管理局办理，当前账号所属机构不能办理此步骤' });
    const notActive = await act(finance, 'funding-review', 'approve').expect(409);
    expect(notActive.body.message).toBe('“资金审核”当前尚未开始（前序步骤未完成），不能办理；只能办理正在进行中的步骤');
    await act(data, 'initial-review', 'approve').expect(409);
    await act(department, 'crypto-review', 'approve').expect(403);
    await act(crypto, 'no-such-step', 'approve').expect(404);
    expect(await countRows(t, 'project_events')).toBe(events);
  });

  it('returns 密码应用审核 for correction on its last day, only with a reason', async () => {
    t.setToday('2025-10-10');
    const missing = await act(crypto, 'crypto-review', 'return').expect(400);
    expect(missing.body.details).toEqual([{ field: 'reason', message: '退回补正须说明理由和需要补正的内容' }]);
    const returned: ProjectView = (await act(crypto, 'crypto-review', 'return', '商用密码应用方案评估报告缺少评估结论页').expect(200)).body;
    expect(step(returned, 'crypto-review')).toMatchObject({ state: 'returned', outcome: 'return', reason: '商用密码应用方案评估报告缺少评估结论页', doneOn: '2025-10-10' });
    expect(await inbox(crypto)).toEqual([]);
    await act(crypto, 'crypto-review', 'approve').expect(409);
  });

  it('restarts the five working days when the department resubmits on Saturday 10-11 (a working day): due 10-17', async () => {
    t.setToday('2025-10-11');
    const resubmitted: ProjectView = (await department.post(`/api/projects/${project.id}/events`, { kind: 'resubmitted', step: 'crypto-review', on: '2025-10-11' }).expect(201)).body;
    expect(step(resubmitted, 'crypto-review')).toMatchObject({ state: 'active', resubmittedOn: '2025-10-11', deadline: { dueOn: '2025-10-17', basis: '5个工作日，自2025-10-11起算' } });
    await department.post(`/api/projects/${project.id}/events`, { kind: 'resubmitted', step: 'crypto-review', on: '2025-10-11' }).expect(409);
    expect((await inbox(crypto)).map((item) => [item.step?.id, item.dueOn, item.workingDaysLeft])).toEqual([['crypto-review', '2025-10-17', 5]]);
  });

  it('starts 初步审核 when 密码应用审核 is approved on 10-16: ten working days, due 10-30', async () => {
    t.setToday('2025-10-16');
    const approved: ProjectView = (await act(crypto, 'crypto-review', 'approve').expect(200)).body;
    expect(initiation(approved)).toEqual({
      'plan-and-review': ['done', null],
      'crypto-review': ['done', '2025-10-17'],
      application: ['done', null],
      'initial-review': ['active', '2025-10-30'],
      'funding-review': ['waiting', null],
      'approval-decision': ['waiting', null],
    });
    expect(step(approved, 'application').doneOn).toBe('2025-10-16');
    expect(step(approved, 'initial-review')).toMatchObject({ startedOn: '2025-10-16', citeText: '第十一条第（四）项' });
    expect(await inbox(crypto)).toEqual([]);
    expect((await inbox(data)).map((item) => [item.step?.id, item.dueOn, item.workingDaysLeft, item.overdue])).toEqual([['initial-review', '2025-10-30', 10, false]]);
  });

  it('shows 初步审核 overdue on 10-31, still lets the data bureau approve it, and starts 资金审核 (12 working days, due 11-18)', async () => {
    t.setToday('2025-10-31');
    const read: ProjectView = (await department.get(`/api/projects/${project.id}`).expect(200)).body;
    expect(step(read, 'initial-review').state).toBe('overdue');
    expect((await inbox(data)).map((item) => [item.step?.id, item.step?.state, item.dueOn, item.workingDaysLeft, item.overdue])).toEqual([
      ['initial-review', 'overdue', '2025-10-30', -1, true],
    ]);
    const approved: ProjectView = (await act(data, 'initial-review', 'approve').expect(200)).body;
    expect(initiation(approved)['initial-review']).toEqual(['done', '2025-10-30']);
    expect(initiation(approved)['funding-review']).toEqual(['active', '2025-11-18']);
    // 原则上: late is a warning with the article, not a refusal (第十一条第（四）项, A33).
    expect(approved.report!.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'deadline-breached', citeText: '第十一条第（四）项' }),
    );
    expect((await inbox(finance)).map((item) => [item.step?.id, item.dueOn, item.workingDaysLeft])).toEqual([['funding-review', '2025-11-18', 12]]);
    expect(await inbox(data)).toEqual([]);
  });

  it('finishes 立项 with 资金审核 on 11-14 and 立项批复 (5 working days, due 11-21) on 11-21', async () => {
    t.setToday('2025-11-14');
    const funded: ProjectView = (await act(finance, 'funding-review', 'approve').expect(200)).body;
    expect(initiation(funded)['approval-decision']).toEqual(['active', '2025-11-21']);
    expect((await inbox(data)).map((item) => [item.step?.id, item.dueOn, item.workingDaysLeft])).toEqual([['approval-decision', '2025-11-21', 5]]);
    t.setToday('2025-11-21');
    const decided: ProjectView = (await act(data, 'approval-decision', 'approve').expect(200)).body;
    expect(initiation(decided)).toEqual({
      'plan-and-review': ['done', null],
      'crypto-review': ['done', '2025-10-17'],
      application: ['done', null],
      'initial-review': ['done', '2025-10-30'],
      'funding-review': ['done', '2025-11-18'],
      'approval-decision': ['done', '2025-11-21'],
    });
    for (const caller of [crypto, data, finance]) expect(await inbox(caller)).toEqual([]);
  });

  it('keeps every report with the pinned policy version and hash, every event, and an audit entry for each write', async () => {
    const history: DecisionReportRecord[] = (await data.get(`/api/projects/${project.id}/reports`).expect(200)).body;
    expect(history.map((record) => record.asOf)).toEqual(['2025-09-26', '2025-10-10', '2025-10-11', '2025-10-16', '2025-10-31', '2025-11-14', '2025-11-21']);
    for (const record of history) {
      expect(record).toMatchObject({ policyVersionId: '441623-lianping:consultation-draft-2', policyHash: project.policy.contentHash });
      expect(record.report.at).toBe(record.asOf);
    }
    const events: ProjectEventView[] = (await department.get(`/api/projects/${project.id}/events`).expect(200)).body;
    expect(events.map((event) => [event.kind, event.on, event.step ?? null, event.outcome ?? null])).toEqual([
      ['submitted', '2025-09-26', null, null],
      ['stepCompleted', '2025-10-10', 'crypto-review', 'return'],
      ['resubmitted', '2025-10-11', 'crypto-review', null],
      ['stepCompleted', '2025-10-16', 'crypto-review', 'approve'],
      ['stepCompleted', '2025-10-31', 'initial-review', 'approve'],
      ['stepCompleted', '2025-11-14', 'funding-review', 'approve'],
      ['stepCompleted', '2025-11-21', 'approval-decision', 'approve'],
    ]);
    expect(history.map((record) => record.eventId)).toEqual(events.map((event) => event.id));
    const audit = await t.app.get(DataSource).getRepository(AuditEntryEntity).find({ where: { subjectId: project.id }, order: { seq: 'ASC' } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['project.create', 'u-lp-dept'],
      ['project.save', 'u-lp-dept'],
      ['project.submit', 'u-lp-dept'],
      ['step.return', 'u-lp-crypto'],
      ['project.event', 'u-lp-dept'],
      ['step.approve', 'u-lp-crypto'],
      ['step.approve', 'u-lp-data'],
      ['step.approve', 'u-lp-finance'],
      ['step.approve', 'u-lp-data'],
    ]);
  });

  it('stays pinned: a submitted project cannot be edited or submitted again', async () => {
    const read: ProjectView = (await department.get(`/api/projects/${project.id}`).expect(200)).body;
    const edit = await department.put(`/api/projects/${project.id}`, { formValues: lianpingForm('10'), factAnswers: lianpingAnswers(false), lockVersion: read.lockVersion }).expect(409);
    expect(edit.body.message).toContain('已于 2025-09-26 提交申报');
    await department.post(`/api/projects/${project.id}/submit`, { lockVersion: read.lockVersion }).expect(409);
  });
});
