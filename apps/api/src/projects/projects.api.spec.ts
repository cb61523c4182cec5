import type { ProjectView, SubmissionPolicyView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { lianpingForm } from './project-fixtures.test-helper';

const formValues = (totalInvestment: string) => lianpingForm(totalInvestment);

/** The self-declarations 第五条, 第六条, 第九条 and 第三十一条 ask of every project, answered so that none refuses it. */
const DECLARATIONS = {
  classified: false,
  fixedAssetInvestment: false,
  inAnnualPlan: true,
  inSystemCatalogue: true,
  dataShared: true,
  securityCompliant: true,
  meetsDigitalGovRequirements: true,
  usesSecureReliableProducts: true,
};

describe('projects under the 连平县 policy', () => {
  let t: TestApp;
  let department: string;
  let policy: SubmissionPolicyView;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await t.login('lp-dept');
    policy = (await t.http.get('/api/jurisdictions/441623/policy').set('Authorization', `Bearer ${department}`).expect(200)).body;
  });
  afterAll(() => t.close());

  const submit = (amount: string, crypto = false, token = department) =>
    t.http
      .post('/api/projects')
      .set('Authorization', `Bearer ${token}`)
      .send({ policyVersionId: policy.versionId, formValues: formValues(amount), factAnswers: { ...DECLARATIONS, involvesCryptography: crypto }, submit: true });

  it('serves 附表1 项目立项申请表 and asks the rule facts no form asks', () => {
    expect(policy.title).toBe('连平县县级政务信息化项目管理办法');
    expect(policy.statusLabel).toBe('征求意见稿');
    expect(policy.applicationForm).toMatchObject({ title: '项目立项申请表', citeText: '附表1' });
    expect(JSON.stringify(policy.applicationForm.schema)).toContain('项目总投资（万元）');
    // Asked at submission: what the track, the 立项 steps and the refusals of 第五、六、九、三十一条 read, and 附表1 does not ask.
    expect(Object.keys((policy.factQuestions as { properties: object }).properties)).toEqual([...Object.keys(DECLARATIONS), 'involvesCryptography']);
  });

  it('answers 备案制 for 30万元, with the article and the steps of 第十二条', async () => {
    const project: ProjectView = (await submit('30').expect(201)).body;
    expect(project.report!.track).toMatchObject({ id: 'filing', name: '备案制', citeText: '第十二条' });
    expect(project.report!.track?.condition).toMatchObject({ text: '项目总投资 ≤ 50万元', result: true });
    const initiation = project.report!.steps.filter((step) => step.stage.id === 'initiation');
    expect(initiation.map((step) => [step.name, step.state, step.citeText])).toEqual([
      ['方案编制及论证', 'done', '第十一条第（一）项'],
      ['密码应用审核', 'skipped', '第十一条第（二）项'],
      ['备案审核', 'active', '第十二条'],
    ]);
    // 备案制 projects organise their own acceptance, without the data bureau's compliance review (第二十四条).
    const acceptance = project.report!.steps.filter((step) => step.stage.id === 'acceptance').map((step) => step.name);
    expect(acceptance).toEqual(['自行组织验收（备案制项目）']);
    expect(project.submittedOn).toBe('2025-09-30');
    expect(project.name).toBe('智慧校园平台（30万元）');
  });

  it('answers 审批制 for 80万元, with each review body and its deadline in working days', async () => {
    const project: ProjectView = (await submit('80', true).expect(201)).body;
    expect(project.report!.track).toMatchObject({ id: 'approval', name: '审批制', citeText: '第十一条' });
    const crypto = project.report!.steps.find((step) => step.id === 'crypto-review');
    expect(crypto).toMatchObject({ state: 'active', body: { name: '县密码管理局' }, citeText: '第十一条第（二）项' });
    // National Day 2025: 10-01..10-08 off, Saturday 10-11 a working day.
    expect(crypto?.deadline).toMatchObject({ dueOn: '2025-10-14', soft: true, basis: '5个工作日，自2025-09-30起算' });
    expect(project.report!.steps.filter((step) => step.stage.id === 'initiation').map((step) => step.body.name)).toEqual([
      '项目建设单位',
      '县密码管理局',
      '项目建设单位',
      '县政务服务数据管理局',
      '县财政局',
      '县政务服务数据管理局',
    ]);
  });

  it('keeps money exact from the input to the database and back', async () => {
    const created: ProjectView = (await submit('123456789.123456').expect(201)).body;
    const read: ProjectView = (await t.http.get(`/api/projects/${created.id}`).set('Authorization', `Bearer ${department}`).expect(200)).body;
    expect(read.totalInvestment).toBe('123456789.123456');
    expect(read.totalInvestmentFen).toBe('123456789123456');
    expect(read.formValues['totalInvestment']).toBe('123456789.123456');
  });

  it('refuses an invalid submission field by field and stores nothing', async () => {
    const before = (await t.http.get('/api/projects').set('Authorization', `Bearer ${department}`).expect(200)).body.length;
    const response = await t.http
      .post('/api/projects')
      .set('Authorization', `Bearer ${department}`)
      .send({
        policyVersionId: policy.versionId,
        formValues: { ...formValues('30'), projectName: '', totalInvestment: '30.0000001', mobile: '12345' },
        factAnswers: DECLARATIONS,
        submit: true,
      })
      .expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.details).toEqual([
      { field: 'formValues.projectName', message: '请填写项目名称' },
      { field: 'formValues.totalInvestment', message: '项目总投资（万元）应为金额（万元），精确到分，例如 30 或 12.5' },
      { field: 'formValues.mobile', message: '手机号码应为 11 位数字，以 1 开头' },
      { field: 'factAnswers.involvesCryptography', message: '请选择“涉及密码应用”：是或否' },
    ]);
    const after = (await t.http.get('/api/projects').set('Authorization', `Bearer ${department}`).expect(200)).body.length;
    expect(after).toBe(before);
  });

  it('lets only a department submit, and only a logged-in user see anything', async () => {
    const reviewer = await t.login('lp-crypto');
    expect((await submit('30', false, reviewer).expect(403)).body.code).toBe('forbidden');
    await t.http.post('/api/projects').send({}).expect(401);
  });
});
