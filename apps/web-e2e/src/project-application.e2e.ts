import { expect, test } from '@playwright/test';
import { collectPageErrors, fillLianpingApplication, login } from './support/workspace';

/**
 * A 连平县 department fills 附表1 项目立项申请表 in the browser, submits, and reads the procedure the runtime computed
 * from the policy document, with its articles; drafts are kept on the server as they are typed.
 */
test('a department submits 项目立项申请表 and sees 备案制 for 30万元 and 审批制 for 80万元', async ({ page }) => {
  const pageErrors = collectPageErrors(page);
  await login(page, 'lp-dept', /\/projects$/);
  // The list has arrived (earlier tests may have left this department projects: the empty state is a unit test's).
  await expect(page.getByTestId('projects').locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.getByText('正在载入项目…')).toHaveCount(0);
  await page.getByRole('link', { name: '新建申报' }).first().click();
  await expect(page.getByRole('heading', { name: /项目立项申请表/ })).toBeVisible();

  // An incomplete form is not sent: the fields say what is missing.
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByText('请按提示修改标红的内容后再提交')).toBeVisible();

  await fillLianpingApplication(page, '30', '否');
  // The preview follows the form: 30万元 is 备案制 (第十二条).
  await expect(page.getByTestId('preview')).toContainText('备案制');
  await page.getByRole('button', { name: '提交申报' }).click();
  // 项目方案及论证意见 was not uploaded: the department is told before anything is sent.
  await expect(page.getByRole('dialog')).toContainText('还有必需的材料没有上传');
  await expect(page.getByRole('dialog')).toContainText('项目方案及论证意见');
  // Materials of later stages (验收报告) are not asked for yet.
  await expect(page.getByRole('dialog')).not.toContainText('验收报告');
  await page.getByRole('button', { name: '仍然提交' }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const track = page.getByTestId('track');
  await expect(track.getByTestId('track-name')).toHaveText('备案制');
  await expect(track.getByTestId('cite').first()).toHaveText('第十二条');
  await expect(track).toContainText('项目总投资 ≤ 50万元（项目总投资：30万元）');
  await expect(page.getByText('30万元', { exact: true })).toBeVisible();
  await expect(page.getByTestId('step-filing-review')).toContainText('县政务服务数据管理局');
  await expect(page.getByTestId('step-filing-review')).toContainText('第十二条');

  await page.getByRole('link', { name: '新建申报' }).click();
  await fillLianpingApplication(page, '80', '是');
  await expect(page.getByTestId('preview')).toContainText('审批制');
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.getByRole('button', { name: '仍然提交' }).click();
  await expect(page.getByTestId('track-name')).toHaveText('审批制');
  await expect(page.getByTestId('track').getByTestId('cite').first()).toHaveText('第十一条');
  await expect(page.getByTestId('track')).toContainText('不适用备案制：项目总投资 ≤ 50万元（项目总投资：80万元）不成立');
  const crypto = page.getByTestId('step-crypto-review');
  await expect(crypto).toContainText('县密码管理局');
  await expect(crypto).toContainText('原则上5个工作日内');
  await expect(crypto).toContainText('第十一条第（二）项');
  await expect(page.getByTestId('step-funding-review')).toContainText('县财政局');
  await expect(page.getByTestId('step-funding-review')).toContainText('原则上12个工作日内');
  await page.getByRole('tab', { name: '申报材料' }).click();
  await expect(page.getByTestId('requirement-crypto-assessment-report')).toContainText('必须提交');

  // Both projects are listed, with where they stand.
  await page.getByRole('link', { name: '我的项目' }).click();
  const rows = page.getByTestId('projects').locator('tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: '智慧校园管理平台（30万元）' })).toContainText('备案审核（县政务服务数据管理局）');
  await expect(rows.filter({ hasText: '智慧校园管理平台（80万元）' })).toContainText('密码应用审核（县密码管理局）');

  // The pages ran under a Content-Security-Policy without 'unsafe-eval' and raised nothing.
  expect(pageErrors).toEqual([]);
});

test('a draft is saved as it is typed, survives a reload and a lost connection', async ({ page, context }) => {
  await login(page, 'lp-dept');
  await page.goto('/projects/new');
  await page.getByLabel('项目名称').fill('未提交的草稿项目');
  await page.getByLabel('项目总投资（万元）').fill('12.345678');
  await expect(page.getByTestId('save-status')).toContainText('草稿已保存');
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/edit$/);
  await page.reload();
  await expect(page.getByLabel('项目名称')).toHaveValue('未提交的草稿项目');
  await expect(page.getByLabel('项目总投资（万元）')).toHaveValue('12.345678');

  // Offline: the edit is kept in this browser and reaches the server when the connection is back.
  await context.setOffline(true);
  await page.getByLabel('项目拟建设地点').fill('连平县忠信镇');
  await expect(page.getByText('内容已保存在本机')).toBeVisible({ timeout: 20_000 });
  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toContainText('草稿已保存', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('项目拟建设地点')).toHaveValue('连平县忠信镇');

  // The draft is in the list, and opens for editing.
  await page.goto('/projects');
  await page.getByRole('link', { name: '未提交的草稿项目' }).click();
  await expect(page.getByLabel('项目名称')).toHaveValue('未提交的草稿项目');
});
