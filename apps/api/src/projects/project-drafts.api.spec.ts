import type { ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, countRows, lianpingAnswers, lianpingForm, type Caller } from './project-fixtures.test-helper';

const TABLES = ['projects', 'project_events', 'decision_reports', 'audit_log'] as const;

describe('project drafts and server-side submission', () => {
  let t: TestApp;
  let department: Caller;
  let reviewer: Caller;
  let observer: Caller;

  const rows = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await countRows(t, table)] as const)));

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await callerFor(t, 'lp-dept');
    reviewer = await callerFor(t, 'lp-data');
    observer = await callerFor(t, 'gd-observer');
  });
  afterAll(() => t.close());

  it('keeps an incomplete draft under the policy in force, and reads it back as saved', async () => {
    const created: ProjectView = (await department.post('/api/projects', { formValues: { projectName: '未完成的草稿', totalInvestment: '12.' } }).expect(201)).body;
    expect(created).toMatchObject({
      state: 'draft',
      lockVersion: 1,
      name: '未完成的草稿',
      totalInvestment: null,
      report: null,
      submittedOn: null,
      organisation: { id: 'lp-education-bureau', name: '连平县教育局' },
      jurisdictionCode: '441623',
      policy: { versionId: '441623-lianping:consultation-draft-2' },
      factAnswers: {},
    });
    const read: ProjectView = (await department.get(`/api/projects/${created.id}`).expect(200)).body;
    expect(read.formValues).toEqual({ projectName: '未完成的草稿', totalInvestment: '12.' });
    expect((await department.get('/api/projects').expect(200)).body.map((p: ProjectView) => p.id)).toContain(created.id);
  });

  it('previews a draft’s procedure from what is filled in so far: unknown until answered, then the policy’s own', async () => {
    const empty: ProjectView = (await department.post('/api/projects', { formValues: { projectName: '预览草稿' } }).expect(201)).body;
    const required = (view: ProjectView, id: string) => view.preview!.attachments.find((attachment) => attachment.id === id)?.required;
    expect(empty.report).toBeNull();
    // Without the total the track is open, and the preview says what it is missing.
    expect(empty.preview).toMatchObject({ track: null, steps: [], attachments: [] });
    expect(empty.preview!.findings.map((finding) => finding.message)).toContain('无法确定管理方式：缺少项目总投资');

    const answered: ProjectView = (
      await department
        .put(`/api/projects/${empty.id}`, { formValues: lianpingForm('80', '预览草稿'), factAnswers: { ...lianpingAnswers(true), classified: 'no' }, lockVersion: 1 })
        .expect(200)
    ).body;
    expect(answered.preview!.track?.id).toBe('approval');
    expect(required(answered, 'crypto-assessment-report')).toBe(true);
    expect(required(answered, 'data-resource-checklist')).toBe(true);
    const crypto = answered.preview!.steps.find((step) => step.id === 'crypto-review');
    expect(crypto).toMatchObject({ state: 'active', body: { name: '县密码管理局' }, deadline: { dueOn: '2025-10-14' } });
    // Read on its own it previews the same; a submitted project has its report and no preview.
    expect((await department.get(`/api/projects/${empty.id}`).expect(200)).body.preview.track.id).toBe('approval');
    const submitted: ProjectView = (await department.post(`/api/projects/${empty.id}/submit`, { lockVersion: answered.lockVersion }).expect(400)).body;
    expect(submitted).toMatchObject({ code: 'validation-failed' });
  });

  it('refuses a stale save with 409 and keeps the first save', async () => {
    const draft: ProjectView = (await department.post('/api/projects', { formValues: { projectName: '草稿甲' } }).expect(201)).body;
    const first: ProjectView = (await department.put(`/api/projects/${draft.id}`, { formValues: { projectName: '第一次保存', totalInvestment: '80' }, factAnswers: { classified: false }, lockVersion: 1 }).expect(200)).body;
    expect(first).toMatchObject({ lockVersion: 2, name: '第一次保存', totalInvestment: '80', factAnswers: { classified: false } });
    const before = await rows();
    const stale = await department.put(`/api/projects/${draft.id}`, { formValues: { projectName: '第二次保存' }, factAnswers: {}, lockVersion: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict', message: '草稿已被他人保存（当前版本 2，你提交的是版本 1），请刷新后在最新内容上修改' });
    expect(await rows()).toEqual(before);
    const read: ProjectView = (await department.get(`/api/projects/${draft.id}`).expect(200)).body;
    expect(read).toMatchObject({ lockVersion: 2, name: '第一次保存', formValues: { projectName: '第一次保存', totalInvestment: '80' } });
    await department.post(`/api/projects/${draft.id}/submit`, { lockVersion: 1 }).expect(409);
  });

  it('validates the submission on the server with field paths, and stores nothing when it fails', async () => {
    const draft: ProjectView = (
      await department.post('/api/projects', {
        formValues: { ...lianpingForm('30'), projectName: '', totalInvestment: '-5', mobile: '12345', extra: 'x', fundingPlan: { year1: '1', year9: '2' } },
        factAnswers: { ...lianpingAnswers(false), involvesCryptography: 'maybe' },
      })
    ).body;
    const before = await rows();
    const response = await department.post(`/api/projects/${draft.id}/submit`, { lockVersion: 1 }).expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.details).toEqual([
      { field: 'formValues.projectName', message: '请填写项目名称' },
      { field: 'formValues.mobile', message: '手机号码应为 11 位数字，以 1 开头' },
      { field: 'formValues.fundingPlan.year9', message: '表单中没有这一项，请删除后再提交' },
      { field: 'formValues.extra', message: '表单中没有这一项，请删除后再提交' },
      { field: 'formValues.totalInvestment', message: '金额不能为负数' },
      { field: 'factAnswers.involvesCryptography', message: '涉及密码应用应为“是”或“否”' },
    ]);
    expect(await rows()).toEqual(before);
    const read: ProjectView = (await department.get(`/api/projects/${draft.id}`).expect(200)).body;
    expect(read).toMatchObject({ state: 'draft', lockVersion: 1, report: null });

    const huge = await department.post('/api/projects', { formValues: lianpingForm('99999999999999'), factAnswers: lianpingAnswers(false), submit: true }).expect(400);
    expect(huge.body.details).toEqual([{ field: 'formValues.totalInvestment', message: expect.stringContaining('金额超出可处理的范围') }]);
    expect(await rows()).toEqual(before);
  });

  it('submits a saved draft: re-pinned, recorded, evaluated', async () => {
    const draft: ProjectView = (await department.post('/api/projects', { formValues: lianpingForm('30'), factAnswers: lianpingAnswers(false) }).expect(201)).body;
    const submitted: ProjectView = (await department.post(`/api/projects/${draft.id}/submit`, { lockVersion: 1 }).expect(200)).body;
    expect(submitted).toMatchObject({ state: 'submitted', submittedOn: '2025-09-30', lockVersion: 2, totalInvestment: '30' });
    expect(submitted.report!.track?.name).toBe('备案制');
    expect((await department.get(`/api/projects/${draft.id}/reports`).expect(200)).body).toHaveLength(1);
  });

  it('refuses malformed requests with 400 naming the field, never a 500', async () => {
    const { body: draft } = await department.post('/api/projects', {}).expect(201);
    expect((await department.post('/api/projects', { formValues: 'text' }).expect(400)).body.details).toEqual([{ field: 'formValues', message: '表单内容应为对象' }]);
    expect((await department.post('/api/projects', { submit: 'yes' }).expect(400)).body.details).toEqual([{ field: 'submit', message: 'submit 应为 true 或 false' }]);
    expect((await department.post('/api/projects', { owner: 'me' }).expect(400)).body.details[0].field).toBe('owner');
    expect((await department.put(`/api/projects/${draft.id}`, { formValues: {}, factAnswers: {} }).expect(400)).body.details[0].field).toBe('lockVersion');
    expect((await department.post(`/api/projects/${draft.id}/submit`, { lockVersion: '1' }).expect(400)).body.details[0].field).toBe('lockVersion');
    await t.http.post('/api/projects').set('Authorization', `Bearer ${department.token}`).set('Content-Type', 'application/json').send('{"formValues":').expect(400);
    await department.get('/api/projects/not-a-project').expect(404);
    await department.put('/api/projects/not-a-project', { formValues: {}, factAnswers: {}, lockVersion: 1 }).expect(404);
  });

  it('refuses a form rendered from another policy version (409)', async () => {
    const response = await department.post('/api/projects', { policyVersionId: '441623-lianping:old', formValues: {}, factAnswers: {} }).expect(409);
    expect(response.body.message).toContain('请刷新页面');
  });

  it('keeps drafts to the department: reviewers and observers neither create nor see them', async () => {
    const draft: ProjectView = (await department.post('/api/projects', { formValues: { projectName: '仅本单位可见' } }).expect(201)).body;
    await reviewer.post('/api/projects', {}).expect(403);
    await observer.post('/api/projects', {}).expect(403);
    await reviewer.get(`/api/projects/${draft.id}`).expect(404);
    await observer.get(`/api/projects/${draft.id}`).expect(404);
    await reviewer.put(`/api/projects/${draft.id}`, { formValues: {}, factAnswers: {}, lockVersion: 1 }).expect(403);
    for (const caller of [reviewer, observer]) {
      const listed: ProjectView[] = (await caller.get('/api/projects').expect(200)).body;
      expect(listed.every((project) => project.state === 'submitted')).toBe(true);
    }
  });
});
