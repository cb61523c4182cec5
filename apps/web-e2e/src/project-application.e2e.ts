import { expect, test, type Page } from '@playwright/test';

/**
 * The walking skeleton, end to end: a 连平县 department fills 附表1 项目立项申请表 in the browser, submits, and
 * reads the procedure the runtime computed from the policy document, with its articles.
 */
async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('banfa2025');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/projects\/new$/);
}

/** Types a year and month into a month picker, the way a keyboard user does. */
async function typeMonth(page: Page, label: string, text: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue(text);
}

async function fillApplication(page: Page, totalInvestment: string, cryptography: '是' | '否') {
  await page.getByLabel('申请单位').fill('连平县教育局');
  await page.getByLabel('项目使用单位').fill('连平县第一中学');
  await page.getByLabel('项目名称').fill(`智慧校园管理平台（${totalInvestment}万元）`);
  await page.getByLabel('项目拟建设地点').fill('连平县元善镇');
  await page.getByLabel('建设性质').getByRole('radio', { name: '新建' }).check();
  await typeMonth(page, '计划动工时间', '2026年03月');
  await typeMonth(page, '计划竣工时间', '2026年12月');
  await page.getByLabel('项目总投资（万元）').fill(totalInvestment);
  await page.getByLabel('第一年').fill(totalInvestment);
  await page.getByLabel('县级财政').fill(totalInvestment);
  await page.getByLabel('建设内容').fill('建设统一的校园管理与家校互通平台');
  await page.getByLabel('预期经济、社会效益').fill('提升学校管理效率，减少重复填报');
  await page.getByLabel('项目联系人').fill('张明');
  await page.getByLabel('手机号码').fill('13800138000');
  // The self-declarations the regulation reads at submission (第五、六、九、三十一条), then cryptography (第十一条).
  const declarations: Array<[string, '是' | '否']> = [
    ['涉密项目', '否'],
    ['涉及固定资产投资', '否'],
    ['已纳入年度项目建设计划', '是'],
    ['已纳入政务信息系统目录', '是'],
    ['已按要求共享数据资源', '是'],
    ['符合密码应用、网络安全和国家政策要求且无重大安全隐患', '是'],
    ['符合数字政府改革建设要求', '是'],
    ['采用安全可靠软硬件产品', '是'],
    ['涉及密码应用', cryptography],
  ];
  for (const [label, answer] of declarations) {
    await page.getByLabel(label, { exact: true }).getByRole('radio', { name: answer, exact: true }).check();
  }
}

test('a department submits 项目立项申请表 and sees 备案制 for 30万元 and 审批制 for 80万元', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  await login(page, 'lp-dept');
  await expect(page.getByRole('heading', { name: /项目立项申请表/ })).toBeVisible();

  // An incomplete form is not sent: the fields say what is missing.
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByText('请按提示修改标红的内容后再提交')).toBeVisible();

  await fillApplication(page, '30', '否');
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const track = page.getByTestId('track');
  await expect(track.getByTestId('track-name')).toHaveText('备案制');
  await expect(track.getByTestId('cite')).toHaveText('第十二条');
  await expect(track).toContainText('项目总投资 ≤ 50万元（项目总投资：30万元）');
  await expect(page.getByText('30万元', { exact: true })).toBeVisible();
  const filingSteps = page.getByTestId('steps');
  await expect(filingSteps.getByRole('row', { name: /备案审核/ })).toContainText('县政务服务数据管理局');
  await expect(filingSteps.getByRole('row', { name: /备案审核/ })).toContainText('第十二条');

  await page.getByRole('button', { name: '再申报一个项目' }).click();
  await fillApplication(page, '80', '是');
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByTestId('track-name')).toHaveText('审批制');
  await expect(page.getByTestId('track').getByTestId('cite').first()).toHaveText('第十一条');
  await expect(page.getByTestId('track')).toContainText('不适用备案制：项目总投资 ≤ 50万元（项目总投资：80万元）不成立');
  const steps = page.getByTestId('steps');
  await expect(steps.getByRole('row', { name: /密码应用审核/ })).toContainText('县密码管理局');
  await expect(steps.getByRole('row', { name: /密码应用审核/ })).toContainText('原则上5个工作日内');
  await expect(steps.getByRole('row', { name: /密码应用审核/ })).toContainText('第十一条第（二）项');
  await expect(steps.getByRole('row', { name: /资金审核/ })).toContainText('县财政局');
  await expect(steps.getByRole('row', { name: /资金审核/ })).toContainText('原则上12个工作日内');
  await expect(page.getByText('商用密码应用方案评估报告')).toBeVisible();

  // The page ran under a Content-Security-Policy without 'unsafe-eval' and raised nothing.
  expect(pageErrors).toEqual([]);
});

test('a draft survives a reload', async ({ page }) => {
  await login(page, 'lp-dept');
  await page.getByLabel('项目名称').fill('未提交的草稿项目');
  await page.getByLabel('项目总投资（万元）').fill('12.345678');
  await page.reload();
  await expect(page.getByLabel('项目名称')).toHaveValue('未提交的草稿项目');
  await expect(page.getByLabel('项目总投资（万元）')).toHaveValue('12.345678');
});
