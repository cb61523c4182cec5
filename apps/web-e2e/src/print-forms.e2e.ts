import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { positionsInOrder, readPdf } from './support/pdf-text';

/**
 * 附表1 项目立项申请表 printed from the browser: one A4 page whose text reads as the regulation's appendix table
 * (labels in the seed's order, each with the value typed), with 项目编号, 申请单位（盖章） and the date blocks, and
 * nothing of the app around it. Then the stamped scan goes back through the page's upload control.
 */

/** As apps/api/src/projects/project-fixtures.test-helper.ts lianpingForm('80'). */
const lianpingForm = (totalInvestment: string) => ({
  applicant: '连平县教育局',
  userUnit: '连平县教育局',
  projectName: `智慧校园平台（${totalInvestment}万元）`,
  location: '连平县元善镇',
  constructionNature: 'new',
  plannedStart: '2026-03',
  plannedCompletion: '2026-12',
  totalInvestment,
  fundingPlan: { year1: totalInvestment },
  fundingSources: { county: totalInvestment },
  constructionContent: '建设统一的校园管理平台',
  expectedBenefits: '提升教育管理效率',
  contactPerson: '张三',
  mobile: '13800000000',
});

/** As lianpingAnswers(true): nothing refuses the project; it involves cryptography. */
const lianpingAnswers = (involvesCryptography: boolean) => ({
  classified: false,
  fixedAssetInvestment: false,
  inAnnualPlan: true,
  inSystemCatalogue: true,
  dataShared: true,
  securityCompliant: true,
  meetsDigitalGovRequirements: true,
  usesSecureReliableProducts: true,
  involvesCryptography,
});

/** A 1×1 PNG: the “scan” of the stamped form. */
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('附表1 prints on one A4 page in the seed’s layout, and its stamped scan uploads back', async ({ page, request }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  const login = await request.post('/api/auth/login', { data: { username: 'lp-dept', password: 'banfa2025' } });
  expect(login.status(), await login.text()).toBe(200);
  const session = (await login.json()) as { token: string };
  const auth = { Authorization: `Bearer ${session.token}` };
  const created = await request.post('/api/projects', { headers: auth, data: { formValues: lianpingForm('80'), factAnswers: lianpingAnswers(true), submit: true } });
  expect(created.status(), await created.text()).toBe(201);
  const project = (await created.json()) as { id: string };
  const projectNumber = project.id.slice(0, 8).toUpperCase();

  // Signed in as the web app keeps it: the whole login response under banfa.session.
  await page.addInitScript((stored) => window.localStorage.setItem('banfa.session', stored), JSON.stringify(session));
  await page.goto(`/projects/${project.id}/print/project-application`);
  const sheet = page.getByTestId('official-form');
  await expect(sheet.getByRole('heading', { name: '项目立项申请表' })).toBeVisible();
  await expect(page.getByTestId('project-number')).toHaveText(`项目编号：${projectNumber}`);
  await expect(page.getByRole('button', { name: /打\s*印/ })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // In print only the sheet shows: no toolbar, no app header.
  await expect(page.getByRole('button', { name: /打\s*印/ })).toBeHidden();
  await expect(page.getByText('办法 Banfa')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('附表1-print.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('附表1.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = await readPdf(pdf);
  expect(pages, '附表1 fits one page').toHaveLength(1);
  const [first] = pages;
  if (!first) throw new Error('no page');
  // A4 portrait: 595 × 842 pt.
  expect(Math.abs(first.width - 595)).toBeLessThan(2);
  expect(Math.abs(first.height - 842)).toBeLessThan(2);

  // The seed's table in reading order (/work/shared/seeds 附表1), each label followed by the value typed.
  const inOrder = [
    '附表1',
    '项目立项申请表',
    '申请单位（盖章）：',
    '连平县教育局',
    '项目编号：',
    projectNumber,
    '申请单位',
    '连平县教育局',
    '项目使用单位',
    '连平县教育局',
    '项目名称',
    '智慧校园平台（80万元）',
    '项目拟建设地点',
    '连平县元善镇',
    '建设性质',
    '■新建',
    '□扩建',
    '□迁建',
    '□改建',
    '□其他',
    '计划动工时间',
    '2026年3月',
    '项目总投资（万元）',
    '80',
    '计划竣工时间',
    '2026年12月',
    '资金安排计划',
    '第一年',
    '80万元',
    '资金来源',
    '省级财政',
    '第二年',
    '市级财政',
    '第三年',
    '县级财政',
    '80万元',
    '第四年',
    '单位自筹',
    '第五年',
    '其他',
    '建设内容',
    '建设统一的校园管理平台',
    '预期经济、社会效益',
    '提升教育管理效率',
    '申请单位意见及盖章：',
    '主要领导签字：',
    '年月日',
    '行业主管部门意见及盖章：',
    '主要领导签字：',
    '年月日',
    '项目联系人',
    '张三',
    '办公电话',
    '手机号码',
    '13800000000',
    '联系地址',
    '邮编',
  ];
  const missing = positionsInOrder(first.text, inOrder).filter((found) => found.at < 0);
  expect(missing, `PDF text:\n${first.text}`).toEqual([]);
  for (const offPaper of ['办法 Banfa', '上传盖章扫描件', '返回项目']) expect(first.text).not.toContain(offPaper);

  // The stamped scan, uploaded through the page's control, filed under 附表1's requirement with its SHA-256.
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('signed-copy-upload').locator('input[type="file"]').setInputFiles({ name: '附表1-盖章.png', mimeType: 'image/png', buffer: SCAN });
  const sha256 = createHash('sha256').update(SCAN).digest('hex');
  const result = page.getByTestId('signed-copy-result');
  await expect(result).toContainText('附表1-盖章.png');
  await expect(result.getByTestId('sha256')).toHaveText(sha256.slice(0, 12));
  const files = await request.get(`/api/projects/${project.id}/attachments`, { headers: auth });
  expect(await files.json()).toContainEqual(expect.objectContaining({ requirementId: 'application-form', fileName: '附表1-盖章.png', sha256 }));

  // The page ran under the Content-Security-Policy (no 'unsafe-eval') and raised nothing.
  expect(pageErrors).toEqual([]);

  // A refused file says why, in the api's words (415 with its Chinese message).
  await page.getByTestId('signed-copy-upload').locator('input[type="file"]').setInputFiles({ name: '附表1.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(page.getByTestId('signed-copy-error')).toContainText('不支持“.exe”类型的文件');
});
