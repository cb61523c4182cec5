import { expect, type Page } from '@playwright/test';

/**
 * A button's name as antd renders it: it spaces out a two-character Chinese label (退出 → “退 出”), so match the
 * characters with optional white space between them.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`^${[...label].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}$`);
}

/** Signs in through the login page, as a user does, and waits for the landing page of the role. */
export async function login(page: Page, username: string, landing: RegExp = /\/(projects|inbox)$/) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('banfa2025');
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await expect(page).toHaveURL(landing);
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: buttonName('退出') }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Types a year and month into a month picker, the way a keyboard user does. */
async function typeMonth(page: Page, label: string, text: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue(text);
}

/** 附表1 项目立项申请表 and the declarations 连平县's rules read, filled as a department officer would. */
export async function fillLianpingApplication(page: Page, totalInvestment: string, cryptography: '是' | '否', name = `智慧校园管理平台（${totalInvestment}万元）`) {
  await page.getByLabel('申请单位').fill('连平县教育局');
  await page.getByLabel('项目使用单位').fill('连平县第一中学');
  await page.getByLabel('项目名称').fill(name);
  await page.getByLabel('项目拟建设地点').fill('连平县元善镇');
  await page.getByLabel('建设性质').getByRole('radio', { name: '新建' }).check();
  await typeMonth(page, '计划动工时间', '2027年03月');
  await typeMonth(page, '计划竣工时间', '2027年12月');
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

/** Collects uncaught errors and console errors: a page that ran under the CSP without 'unsafe-eval' raises none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
