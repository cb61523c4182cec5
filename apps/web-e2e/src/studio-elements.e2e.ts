import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { deleteDraft, versionIdOf } from './support/drafts';
import { buttonName, login } from './support/workspace';

/*
 * 连平县's policy admin edits a new draft through the element forms (要素): the navigation with its counts, a step's
 * condition read into the visual builder and changed there, a type error in the CEL editor explained in Chinese,
 * a new step with its deadline and article, and typing in a field of a 1 000-line policy without lag.
 */

let shot = 0;
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  shot += 1;
  await page.screenshot({ path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`) });
}

const yamlLine = (page: Page, text: string) => page.locator('.cm-line', { hasText: text });
const navNode = (page: Page, key: string) => page.getByTestId(`nav-${key}`);

/** Selects a node of the navigation, selecting (and so expanding) each of its parents on the way. */
async function openNode(page: Page, key: string) {
  const parts = key.split('/');
  for (let length = 1; length <= parts.length; length++) await navNode(page, parts.slice(0, length).join('/')).click();
}

async function openNewDraft(page: Page) {
  await login(page, 'lp-policy', /\/studio$/);
  const card = page.locator('.ant-card', { hasText: '连平县县级政务信息化项目管理办法' });
  await card.getByRole('row').filter({ hasText: '已发布' }).first().getByRole('button', { name: '新建草稿（基于此版本）' }).click();
  await expect(page).toHaveURL(/\/studio\/versions\/[^/]+$/);
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);
  await expect(page.getByTestId('policy-elements')).toBeVisible();
}

/** The Event Timing API's longest input-to-paint durations while `action` runs (keydown, input, keyup …). */
async function inputDelays(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const store = window as unknown as { __delays: number[] };
    store.__delays = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (/key|input/.test(entry.name)) store.__delays.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  await action();
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
}

test('a policy admin edits 连平’s draft through the element forms', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/.test(message.text())) errors.push(message.text());
  });
  await openNewDraft(page);
  await expect(navNode(page, 'bodies')).toContainText('7');
  await screenshot(page, testInfo, 'identity');

  // 备案制: the threshold in the regulation's words, and A1, the setting it rests on.
  await openNode(page, 'tracks/0');
  await expect(page.getByTestId('threshold-sentence')).toHaveText('项目总投资50万元以下（含本数）时成立，即 项目总投资 ≤ 50万元');
  await screenshot(page, testInfo, 'threshold');
  await openNode(page, 'settings/0');
  await expect(page.getByTestId('editor-setting')).toContainText('预算恰好为50万元时');
  await screenshot(page, testInfo, 'setting');

  // 密码应用审核: its condition in the visual builder, with its article and sentence beside it.
  await openNode(page, 'stages/0/steps/1');
  const editor = page.getByTestId('editor-step');
  await expect(editor.getByTestId('cite')).toHaveText('第十一条第（二）项');
  await expect(editor.getByTestId('cite-quote')).toContainText('原则上5个工作日内出具密码应用审核意见');
  const builder = editor.getByTestId('cel-builder');
  await expect(builder).toBeVisible();
  await screenshot(page, testInfo, 'step-condition-builder');

  // Built visually: 涉及密码应用 and 总投资 above 80万元 → CEL in 分, in the YAML.
  await builder.getByRole('button', { name: buttonName('添加条件') }).first().click();
  const amount = builder.getByLabel('项目总投资（万元）');
  await amount.fill('80');
  await expect(yamlLine(page, 'cel: involvesCryptography == true && totalInvestment <= 80000000')).toHaveCount(1, { timeout: 10_000 });
  await builder.locator('.ant-select.rule-operators').last().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '超过（>）' }).click();
  await expect(yamlLine(page, 'cel: involvesCryptography == true && totalInvestment > 80000000')).toHaveCount(1, { timeout: 10_000 });
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);
  await screenshot(page, testInfo, 'step-condition-built');

  // The CEL editor: a type error as you type, in Chinese, underlined.
  await editor.getByRole('tab', { name: '表达式（CEL）' }).click();
  const cel = editor.locator('.cm-content');
  await cel.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('totalInvestment == true');
  await expect(editor.getByTestId('cel-check')).toContainText('类型不匹配：整数（金额类事实以“分”计，也是整数）不能与是/否（bool）用“==”比较');
  await expect(editor.locator('.cm-lintRange-error')).toHaveCount(1);
  await screenshot(page, testInfo, 'cel-type-error');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('involvesCryptography');
  await expect(editor.getByTestId('cel-check')).toHaveText('类型检查通过，读取：涉及密码应用');

  // A new step in 立项 with a deadline and its article.
  await openNode(page, 'stages/0/steps');
  await page.getByRole('button', { name: '添加环节' }).click();
  const added = page.getByTestId('editor-step');
  await expect(added).toHaveAttribute('data-path', 'stages.0.steps.7');
  await added.locator('[data-path="stages[0].steps[7].name"]').fill('专家评审');
  await added.getByRole('button', { name: buttonName('设定期限') }).click();
  await added.locator('[data-path="stages[0].steps[7].deadline.amount"]').fill('10');
  await added.locator('[data-path="stages[0].steps[7].cite.article"]').fill('11');
  await added.locator('[data-path="stages[0].steps[7].cite.quote"]').fill('组织专家评审。');
  await added.locator('[data-path="stages[0].steps[7].cite.quote"]').blur();
  await expect(added.getByTestId('deadline-sentence')).toHaveText('10个工作日内（自环节开始次日起算）');
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/, { timeout: 10_000 });
  await screenshot(page, testInfo, 'new-step');

  // Typing in a field: every keystroke paints within a few frames (the draft is written after a pause in typing,
  // so the document is not re-rendered and re-validated at each key).
  await expect(page.getByTestId('studio-save-status')).toHaveText(/已保存/, { timeout: 15_000 });
  const name = added.locator('[data-path="stages[0].steps[7].name"]');
  await name.click();
  await page.keyboard.press('End');
  const delays = await inputDelays(page, async () => {
    await page.keyboard.type('（由县政务服务数据管理局组织）', { delay: 40 });
  });
  const sorted = [...delays].sort((a, b) => a - b);
  testInfo.annotations.push({ type: 'input delays over 16 ms (ms)', description: JSON.stringify(sorted) });
  console.log(`typing 15 characters: ${sorted.length} input events took over 16 ms to paint; median ${sorted[Math.floor(sorted.length / 2)] ?? 0} ms, longest ${sorted.at(-1) ?? 0} ms`);
  // Recorded, not asserted (speed is judged in `npm run bench`): on a quiet machine median 16–24 ms, longest 32–72 ms.
  await name.blur();
  await expect(yamlLine(page, 'name: 专家评审（由县政务服务数据管理局组织）')).toHaveCount(1);
  expect(errors).toEqual([]);

  // The draft was this test's own: deleted, so the policy's history is as the other tests expect it.
  await deleteDraft(request, versionIdOf(page.url()));
});
