import { parsePolicyYaml } from '@banfa/policy-model';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { add, createForm, drag, exportedSchema, normalised, openDraftForms, palette, preview, properties, row, setProps, tree, typeMonth } from './support/designer';
import { collectPageErrors } from './support/workspace';

/*
 * 连平县's policy admin rebuilds 附表1 项目立项申请表 in the form designer from an empty form — from the palette, by
 * clicking and by dragging, every property set in the properties panel — gets exactly the seed's schema, fills the
 * form in the preview and submits it (the errors first, then the values and the facts it feeds), and finds the form
 * in the draft after a reload.
 */

const seed = (() => {
  const parsed = parsePolicyYaml(readFileSync(resolve(__dirname, '../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('the 连平县 seed policy does not parse');
  return parsed.written.forms.find((form) => form.id === 'project-application')?.schema ?? {};
})();

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';

/** Adds a section at the end of the form: nothing selected, the palette adds there. */
async function addSection(page: Page, title: string, key: string) {
  await properties(page).getByRole('button', { name: '取消选择' }).click();
  await add(page, '分组');
  await setProps(page, { title, key });
}

test('a policy admin rebuilds 附表1 in the designer from an empty form and submits it in the preview', async ({ page }) => {
  // Some 150 edits, each written into the draft's YAML and re-validated: minutes on a busy CI machine.
  test.setTimeout(600_000);
  const errors = collectPageErrors(page);
  await openDraftForms(page);
  await createForm(page, { title: '项目立项申请表（重建）', id: 'project-application-rebuilt', appendix: 1 });

  // The first section is dragged from the palette into the empty form.
  await drag(page, palette(page).getByRole('button', { name: '添加分组' }), page.getByTestId('into-root'));
  await expect(row(page, 'section1')).toBeVisible();
  await row(page, 'section1').click();
  await setProps(page, { title: '基本情况', key: 'basic' });
  // The section is selected: fields go into it, each after the one before.
  await add(page, '单行文本');
  await setProps(page, { title: '申请单位', key: 'applicant', required: true });
  await add(page, '单行文本');
  await setProps(page, { title: '项目使用单位', key: 'userUnit', required: true });
  await add(page, '单行文本');
  await setProps(page, { title: '项目名称', key: 'projectName', required: true, fact: 'projectName' });
  await add(page, '单行文本');
  await setProps(page, { title: '项目拟建设地点', key: 'location', required: true });
  await add(page, '单选');
  await setProps(page, {
    title: '建设性质',
    key: 'constructionNature',
    required: true,
    options: [['新建', 'new'], ['扩建', 'expansion'], ['迁建', 'relocation'], ['改建', 'renovation'], ['其他', 'other']],
    fact: 'constructionNature',
  });
  await add(page, '年月');
  await setProps(page, { title: '计划动工时间', key: 'plannedStart', required: true, pattern: [MONTH, '计划动工时间应为年月，例如 2026-03'] });
  await add(page, '年月');
  await setProps(page, { title: '计划竣工时间', key: 'plannedCompletion', required: true, pattern: [MONTH, '计划竣工时间应为年月，例如 2026-12'] });
  await add(page, '金额');
  await setProps(page, { title: '项目总投资（万元）', key: 'totalInvestment', required: true, unit: '万元', fact: 'totalInvestment' });

  // 资金安排计划: two groups of five amounts side by side.
  await addSection(page, '资金安排计划', 'funding');
  await add(page, '并排字段组');
  await setProps(page, { title: '分年度安排', key: 'fundingPlan' });
  for (const [index, title] of ['第一年', '第二年', '第三年', '第四年', '第五年'].entries()) {
    await add(page, '金额');
    await setProps(page, { title, key: `year${index + 1}` });
  }
  await row(page, 'funding/fundingPlan').click();
  // A group holds fields only: the next group goes after it, in the section.
  await add(page, '并排字段组');
  await setProps(page, { title: '资金来源', key: 'fundingSources' });
  for (const [key, title] of [['province', '省级财政'], ['city', '市级财政'], ['county', '县级财政'], ['selfRaised', '单位自筹'], ['other', '其他']]) {
    await add(page, '金额');
    await setProps(page, { title: title as string, key: key as string });
  }

  await addSection(page, '建设内容与效益', 'content');
  await add(page, '多行文本');
  await setProps(page, { title: '建设内容', key: 'constructionContent', required: true, rows: 4 });
  await add(page, '多行文本');
  await setProps(page, { title: '预期经济、社会效益', key: 'expectedBenefits', required: true, rows: 3 });

  await addSection(page, '联系方式', 'contact');
  await add(page, '单行文本');
  await setProps(page, { title: '项目联系人', key: 'contactPerson', required: true });
  await add(page, '单行文本');
  await setProps(page, { title: '办公电话', key: 'officePhone', pattern: ['^[0-9\\-+ ]{5,20}$', '办公电话只能包含数字和“-”，例如 0762-4381234'] });
  await add(page, '单行文本');
  await setProps(page, { title: '手机号码', key: 'mobile', required: true, pattern: ['^1\\d{10}$', '手机号码应为 11 位数字，以 1 开头'] });
  await add(page, '单行文本');
  await setProps(page, { title: '邮编', key: 'postcode', pattern: ['^\\d{6}$', '邮编应为 6 位数字'] });
  await add(page, '单行文本');
  await setProps(page, { title: '联系地址', key: 'address' });
  // 联系地址 comes before 邮编 on the paper: dragged there by its handle in the structure.
  await drag(page, row(page, 'contact/address').locator('.designer-handle'), row(page, 'contact/postcode'), 'top');
  await expect(tree(page).locator('[data-tree-row^="contact/"]')).toHaveCount(5);
  const contactOrder = await tree(page).locator('[data-tree-row^="contact/"]').evaluateAll((rows) => rows.map((element) => element.getAttribute('data-tree-row')));
  expect(contactOrder).toEqual(['contact/contactPerson', 'contact/officePhone', 'contact/mobile', 'contact/address', 'contact/postcode']);

  await expect(page.getByText('没有发现问题')).toBeVisible();
  // What was designed is 附表1 as the policy writes it.
  expect(normalised(await exportedSchema(page))).toEqual(normalised(seed));

  // The preview: submitted empty, it says what is missing; filled, it submits and shows the facts it feeds.
  const form = preview(page);
  await form.getByRole('button', { name: '提交（预览）' }).click();
  await expect(page.getByTestId('preview-failed')).toBeVisible();
  await expect(form.getByText('该字段是必填字段').first()).toBeVisible();
  await form.getByLabel('申请单位').fill('连平县教育局');
  await form.getByLabel('项目使用单位').fill('连平县第一中学');
  await form.getByLabel('项目名称').fill('智慧校园管理平台');
  await form.getByLabel('项目拟建设地点').fill('连平县元善镇');
  await form.getByLabel('建设性质').getByRole('radio', { name: '新建' }).check();
  await typeMonth(form, '计划动工时间', '2027年03月');
  await typeMonth(form, '计划竣工时间', '2027年12月');
  await form.getByLabel('项目总投资（万元）').fill('80.5');
  await form.getByLabel('第一年').fill('50');
  await form.getByLabel('第二年').fill('30.5');
  await form.getByLabel('县级财政').fill('80.5');
  await form.getByLabel('建设内容').fill('建设统一的校园管理与家校互通平台');
  await form.getByLabel('预期经济、社会效益').fill('提升学校管理效率');
  await form.getByLabel('项目联系人').fill('张明');
  await form.getByLabel('手机号码').fill('1380013800');
  await form.getByLabel('邮编').fill('517100');
  await form.getByRole('button', { name: '提交（预览）' }).click();
  await expect(form.getByText('手机号码应为 11 位数字，以 1 开头')).toBeVisible();
  await form.getByLabel('手机号码').fill('13800138000');
  await form.getByRole('button', { name: '提交（预览）' }).click();
  const submitted = page.getByTestId('preview-submitted');
  await expect(submitted).toContainText('提交成功（预览）：服务器端校验同样通过');
  const facts = page.getByTestId('preview-facts');
  await expect(facts).toContainText('项目总投资（totalInvestment）');
  await expect(facts).toContainText('80.5万元（80500000 分）');
  await expect(facts).toContainText('新建');
  await expect(facts).toContainText('智慧校园管理平台');
  const values = JSON.parse((await page.getByTestId('preview-values').textContent()) ?? '{}') as Record<string, unknown>;
  expect(values).toMatchObject({ plannedStart: '2027-03', totalInvestment: '80.5', fundingPlan: { year1: '50', year2: '30.5' }, fundingSources: { county: '80.5' } });
  await page.screenshot({ path: test.info().outputPath('designer-preview-submitted.png'), fullPage: true });

  // The form is in the draft: saved, and there after a reload.
  await expect(page.getByTestId('studio-save-status')).toHaveText(/已保存 \d\d:\d\d/, { timeout: 20_000 });
  await page.reload();
  await page.getByTestId('form-item-project-application-rebuilt').click();
  await expect(row(page, 'contact/address')).toBeVisible();
  expect(normalised(await exportedSchema(page))).toEqual(normalised(seed));
  expect(errors.filter((error) => !/Download the React DevTools/.test(error))).toEqual([]);
});

test('the designer is usable from the keyboard: palette, structure moves, undo and redo', async ({ page }) => {
  await openDraftForms(page);
  await createForm(page, { title: '键盘设计', id: 'keyboard-form', appendix: 9 });
  await palette(page).getByRole('button', { name: '添加分组' }).focus();
  await page.keyboard.press('Enter');
  await palette(page).getByRole('button', { name: '添加单行文本' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(row(page, 'section1/text2')).toBeVisible();
  // Alt+↑ moves the selected field up, Alt+← out of its section.
  await row(page, 'section1/text2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(tree(page).locator('[data-tree-row^="section1/"]').first()).toHaveAttribute('data-tree-row', 'section1/text2');
  await page.keyboard.press('Alt+ArrowLeft');
  // The moved row keeps the focus: the keys go on working on it.
  await expect(row(page, 'text2')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(row(page, 'section1/text2')).toBeVisible();
  await row(page, 'section1/text2').focus();
  await page.keyboard.press('Control+Shift+z');
  await expect(row(page, 'text2')).toBeVisible();
  await page.getByRole('button', { name: /撤\s*销/ }).click();
  await expect(row(page, 'section1/text2')).toBeVisible();
});
