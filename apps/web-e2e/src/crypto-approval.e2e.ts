import type { ProjectEvent } from '@banfa/policy-model';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { positionsInOrder, readPdf } from './support/pdf-text';
import { chinaToday, chineseDate, lianpingCryptoReport } from './support/runtime-expectation';
import { buttonName, collectPageErrors, fillLianpingApplication, login, logout } from './support/workspace';

/**
 * 连平县, 审批制, a project involving cryptography, walked by the demo accounts through every body: the department
 * submits 附表1 and the materials the policy requires, the crypto bureau approves, the data bureau returns it for
 * correction, the department corrects and resubmits, the data bureau and finance approve, and the approval is issued.
 * Every due date shown is the runtime's; every screen is kept as a screenshot.
 */
const PDF = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR scan')]);

let shot = 0;
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  shot += 1;
  await page.screenshot({ path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

async function upload(page: Page, requirement: string, name: string, content: Buffer, mimeType = 'application/pdf') {
  const item = page.getByTestId(`requirement-${requirement}`);
  await item.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: content });
  await expect(item.getByTestId('attachment-file').filter({ hasText: name })).toContainText('SHA-256');
}

/** The step's due date on the page is the one the runtime computes from the same events. */
async function expectDueAsRuntime(page: Page, events: ProjectEvent[], stepId: string) {
  const expected = lianpingCryptoReport(events, chinaToday()).steps.find((step) => step.id === stepId)!;
  expect(expected.deadline?.dueOn, `${stepId} has a due date in the runtime's report`).toBeTruthy();
  await expect(page.getByTestId(`step-${stepId}`).getByTestId('due')).toContainText(`应于${chineseDate(expected.deadline!.dueOn!)}前办结`);
  await expect(page.getByTestId(`step-${stepId}`)).toContainText(expected.deadline!.basis!);
}

async function openFromInbox(page: Page, user: string, projectName: string, stepName: string, events: ProjectEvent[], stepId: string, testInfo: TestInfo) {
  await login(page, user, /\/inbox$/);
  const row = page.getByTestId('inbox').getByRole('row', { name: new RegExp(projectName.replace(/[()（）]/g, '.')) });
  await expect(row).toContainText(stepName);
  const due = lianpingCryptoReport(events, chinaToday()).steps.find((step) => step.id === stepId)!.deadline!.dueOn!;
  await expect(row).toContainText(`${chineseDate(due)}前`);
  await expect(row.getByTestId('days-left')).toContainText(/剩余\d+个工作日/);
  await screenshot(page, testInfo, `${user}-inbox`);
  await row.getByRole('link', { name: projectName }).click();
  await expect(page.getByTestId('project-name')).toHaveText(projectName);
}

async function decide(page: Page, stepId: string, action: '同意' | '退回补正', reason?: string) {
  await page.getByTestId(`review-${stepId}`).getByRole('button', { name: buttonName(action) }).click();
  const dialog = page.getByRole('dialog');
  if (reason) await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: new RegExp(`确认${action}`) }).click();
  await expect(dialog).toBeHidden();
}

test('a 连平县 crypto project goes through every body, with a return for correction', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const pageErrors = collectPageErrors(page);
  const today = chinaToday();
  const name = `政务服务一网通办平台（${Date.now() % 100000}）`;
  const events: ProjectEvent[] = [];

  // The department fills 附表1 and the declarations, uploads what the policy requires, and submits.
  await login(page, 'lp-dept', /\/projects$/);
  await screenshot(page, testInfo, 'department-projects-empty');
  await page.getByRole('link', { name: '新建申报' }).first().click();
  await fillLianpingApplication(page, '80', '是', name);
  await expect(page.getByTestId('preview')).toContainText('审批制');
  await expect(page.getByTestId('requirement-crypto-assessment-report')).toContainText('必须提交');
  // Why is it needed? The condition, the answer that triggered it, the article.
  await page.getByTestId('requirement-crypto-assessment-report').getByRole('button', { name: '为什么需要？' }).click();
  await expect(page.getByRole('tooltip')).toContainText('项目涉及密码应用');
  await expect(page.getByRole('tooltip')).toContainText('第十一条第（二）项');
  await page.keyboard.press('Escape');
  await upload(page, 'crypto-assessment-report', '商用密码应用方案评估报告.pdf', PDF('评估报告'));
  await upload(page, 'crypto-construction-plan', '商用密码应用建设方案.pdf', PDF('建设方案'));
  await upload(page, 'project-plan', '项目方案及论证意见.pdf', PDF('项目方案'));
  await upload(page, 'crypto-opinion', '密码应用审核意见.pdf', PDF('审核意见'));
  await upload(page, 'data-resource-checklist', '项目数据资源管理核查表（盖章）.png', PNG, 'image/png');
  await upload(page, 'necessity-documents', '项目建设必要性文件.pdf', PDF('必要性'));
  await expect(page.getByTestId('requirement-application-form')).toContainText('在线填写');
  await screenshot(page, testInfo, 'department-application-filled');
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = page.url();
  events.push({ kind: 'submitted', on: today });
  await expect(page.getByTestId('track-name')).toHaveText('审批制');
  await expect(page.getByTestId('step-crypto-review')).toContainText('办理中');
  await expectDueAsRuntime(page, events, 'crypto-review');
  await screenshot(page, testInfo, 'department-submitted');

  // The printed 附表1: one A4 page in the official layout.
  await page.getByRole('tab', { name: '申报表' }).click();
  await page.getByRole('link', { name: '打印申报表' }).click();
  await expect(page).toHaveURL(/\/print\/project-application$/);
  await expect(page.getByText(name).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, testInfo, 'department-print-application');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('附表1.pdf', { body: pdf, contentType: 'application/pdf' });
  await page.emulateMedia({ media: 'screen' });
  const pages = await readPdf(pdf);
  // One A4 page (595 × 842 pt, give or take Chromium's rounding).
  expect(pages).toHaveLength(1);
  expect(Math.abs(pages[0]!.width - 595) < 2 && Math.abs(pages[0]!.height - 842) < 2, `${pages[0]!.width} × ${pages[0]!.height} pt`).toBe(true);
  // What this project's officer typed is on the paper, in the form's order (print-forms.e2e.ts checks the whole grid).
  const order = ['项目立项申请表', '项目编号', '连平县第一中学', name, '连平县元善镇', '80', '建设统一的校园管理与家校互通平台', '张明', '13800138000'];
  expect(positionsInOrder(pages[0]!.text, order).filter((found) => found.at < 0)).toEqual([]);
  await logout(page);

  // The crypto bureau approves 密码应用审核.
  await openFromInbox(page, 'lp-crypto', name, '密码应用审核', events, 'crypto-review', testInfo);
  await page.getByRole('tab', { name: '申报材料' }).click();
  await expect(page.getByTestId('attachments')).toContainText('商用密码应用方案评估报告.pdf');
  await page.getByRole('tab', { name: '办理进度' }).click();
  await decide(page, 'crypto-review', '同意');
  events.push({ kind: 'stepCompleted', step: 'crypto-review', outcome: 'approve', on: today });
  await expect(page.getByTestId('step-crypto-review')).toContainText('已完成');
  await expect(page.getByTestId('step-initial-review')).toContainText('办理中');
  await expectDueAsRuntime(page, events, 'initial-review');
  await screenshot(page, testInfo, 'crypto-approved');
  await logout(page);

  // The data bureau returns it for correction (补正) with its reason.
  const reason = '项目方案缺少系统部署拓扑图，请补充后重新提交';
  await openFromInbox(page, 'lp-data', name, '初步审核', events, 'initial-review', testInfo);
  await decide(page, 'initial-review', '退回补正', reason);
  events.push({ kind: 'stepCompleted', step: 'initial-review', outcome: 'return', reason, on: today });
  await expect(page.getByTestId('step-initial-review')).toContainText('退回补正');
  await screenshot(page, testInfo, 'data-returned');
  await logout(page);

  // The department reads the reason, uploads the corrected plan and resubmits.
  await login(page, 'lp-dept', /\/projects$/);
  await expect(page.getByTestId('projects').getByRole('row', { name: new RegExp(name.replace(/[()（）]/g, '.')) })).toContainText('退回补正');
  await page.goto(projectUrl);
  await expect(page.getByTestId('step-initial-review').getByTestId('returned-reason')).toContainText(reason);
  await page.getByRole('tab', { name: '申报材料' }).click();
  await upload(page, 'project-plan', '项目方案（补正，含部署拓扑图）.pdf', PDF('补正'));
  await page.getByRole('tab', { name: '办理进度' }).click();
  await screenshot(page, testInfo, 'department-correcting');
  await page.getByRole('button', { name: '已补正，重新提交' }).click();
  events.push({ kind: 'resubmitted', step: 'initial-review', on: today });
  await expect(page.getByTestId('step-initial-review')).toContainText('办理中');
  await expectDueAsRuntime(page, events, 'initial-review');
  await logout(page);

  // The data bureau approves the corrected application.
  await openFromInbox(page, 'lp-data', name, '初步审核', events, 'initial-review', testInfo);
  await decide(page, 'initial-review', '同意');
  events.push({ kind: 'stepCompleted', step: 'initial-review', outcome: 'approve', on: today });
  await expectDueAsRuntime(page, events, 'funding-review');
  await logout(page);

  // Finance approves the funding.
  await openFromInbox(page, 'lp-finance', name, '资金审核', events, 'funding-review', testInfo);
  await decide(page, 'funding-review', '同意');
  events.push({ kind: 'stepCompleted', step: 'funding-review', outcome: 'approve', on: today });
  await expectDueAsRuntime(page, events, 'approval-decision');
  await screenshot(page, testInfo, 'finance-approved');
  await logout(page);

  // The data bureau issues the approval (立项批复).
  await openFromInbox(page, 'lp-data', name, '立项批复', events, 'approval-decision', testInfo);
  await decide(page, 'approval-decision', '同意');
  events.push({ kind: 'stepCompleted', step: 'approval-decision', outcome: 'approve', on: today });
  for (const step of ['crypto-review', 'initial-review', 'funding-review', 'approval-decision']) {
    await expect(page.getByTestId(`step-${step}`)).toContainText('已完成');
  }
  await page.getByRole('link', { name: '待办' }).click();
  await expect(page.getByText('没有待办事项')).toBeVisible();
  await logout(page);

  // The department sees the approval and what comes next, and the history of every decision.
  await login(page, 'lp-dept', /\/projects$/);
  await page.goto(projectUrl);
  await expect(page.getByTestId('step-approval-decision')).toContainText('已完成');
  const runtime = lianpingCryptoReport(events, today);
  for (const step of runtime.steps.filter((candidate) => candidate.state !== 'skipped')) {
    await expect(page.getByTestId(`step-${step.id}`)).toBeVisible();
  }
  await screenshot(page, testInfo, 'department-approved');
  await page.getByRole('tab', { name: '办理记录' }).click();
  await expect(page.getByText(`理由：${reason}`)).toBeVisible();
  await screenshot(page, testInfo, 'department-history');
  expect(pageErrors).toEqual([]);
});
