import { expect, test, type Locator, type Page } from '@playwright/test';
import { deleteDraft, versionIdOf } from './support/drafts';
import { buttonName, login } from './support/workspace';

/*
 * The policy studio's core as 连平县's policy admin uses it: the list of the jurisdiction's policies, a new draft
 * from the version in force, the YAML edited beside the forms, an error shown at its line and fixed, a reload that
 * loses nothing, the draft deleted from the editor, and a second editor saving the same draft, which the first
 * learns of as a conflict to resolve.
 */

const editor = (page: Page) => page.getByRole('textbox', { name: '政策文件 YAML 文本' });
const status = (page: Page) => page.getByTestId('studio-save-status');
const line = (page: Page, text: string) => page.locator('.cm-line', { hasText: text });

/** Puts the cursor at the end of the YAML line holding `text`, as a user clicking it and pressing End does. */
async function toLineEnd(page: Page, text: string): Promise<Locator> {
  const target = line(page, text).first();
  await target.click();
  await page.keyboard.press('End');
  return target;
}

/** Rewrites the top-level line `key: oldValue` as `key: newValue` from the keyboard (select the line, type it). */
async function retype(page: Page, key: string, oldValue: string, newValue: string) {
  await toLineEnd(page, `${key}: ${oldValue}`);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(`${key}: ${newValue}`);
  await expect(line(page, `${key}: ${newValue}`)).toHaveCount(1);
}

async function openNewDraft(page: Page): Promise<string> {
  await login(page, 'lp-policy', /\/studio$/);
  await expect(page.getByRole('heading', { name: '政策' })).toBeVisible();
  const card = page.locator('.ant-card', { hasText: '连平县县级政务信息化项目管理办法' });
  const published = card.getByRole('row').filter({ hasText: '已发布' }).first();
  await expect(published).toBeVisible();
  await published.getByRole('button', { name: '新建草稿（基于此版本）' }).click();
  await expect(page).toHaveURL(/\/studio\/versions\/[^/]+$/);
  await expect(editor(page)).toBeVisible();
  await expect(page.getByTestId('studio-editor-header').getByText('草稿', { exact: true })).toBeVisible();
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);
  return page.url();
}

test('a policy admin edits a new draft in the YAML pane: an error at its line, fixed, saved, kept over a reload, then deletes it', async ({ page }) => {
  // Three saves, a reload and a fresh load of a 1 150-line regulation: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const url = await openNewDraft(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/.test(message.text())) errors.push(message.text());
  });

  await retype(page, 'versionLabel', '二次征求意见稿', '三次征求意见稿');
  await expect(status(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });
  // The header follows the text.
  await expect(page.getByTestId('studio-editor-header').getByText('三次征求意见稿', { exact: true })).toBeVisible();

  // An invalid status: marked at its line, listed with its line, and the draft is not saved on the server.
  await retype(page, 'status', 'consultation-draft', 'consultation-drafts');
  const issue = page.getByRole('list', { name: '错误列表' }).getByRole('button').first();
  await expect(issue).toContainText('第 14 行');
  await expect(page.getByTestId('yaml-check')).toHaveText(/有 1 处错误/);
  await expect(status(page)).toHaveText('有 1 处错误');
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('studio-yaml-error.png') });

  // The list takes the cursor to the problem; the fix is saved.
  await issue.click();
  await retype(page, 'status', 'consultation-drafts', 'consultation-draft');
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);
  await expect(status(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });

  // An edit reloaded before the autosave could send it is restored from this browser, then saved.
  await retype(page, 'issuer', '连平县政务服务数据管理局', '连平县政务服务数据管理局（起草）');
  await page.reload();
  await expect(page.getByText(/已恢复本机上尚未保存到服务器的修改/)).toBeVisible();
  await expect(line(page, 'issuer: 连平县政务服务数据管理局（起草）')).toHaveCount(1);
  await expect(line(page, 'versionLabel: 三次征求意见稿')).toHaveCount(1);
  await expect(status(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });

  // And the server has it: a fresh load, with this browser's copy gone, shows the same text.
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('banfa.studio.')).forEach((key) => localStorage.removeItem(key)));
  await page.goto(url);
  await expect(line(page, 'issuer: 连平县政务服务数据管理局（起草）')).toHaveCount(1);
  await expect(page.getByText(/已恢复本机/)).toHaveCount(0);

  // Done with it, the admin deletes the draft from the editor: asked first, then back to the list, without it.
  await page.getByTestId('studio-editor-header').getByRole('button', { name: /^删除草稿/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '删除后无法恢复' });
  await expect(confirm).toContainText('删除草稿“三次征求意见稿”？');
  await confirm.getByRole('button', { name: buttonName('删除') }).click();
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByText('已删除草稿“三次征求意见稿”')).toBeVisible();
  const card = page.locator('.ant-card', { hasText: '连平县县级政务信息化项目管理办法' });
  await expect(card.getByRole('row').filter({ hasText: '已发布' }).first()).toBeVisible();
  await expect(card.locator(`a[href="/studio/versions/${versionIdOf(url)}"]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('two admins on one draft: the second save reaches the first as a conflict, never a silent overwrite', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const url = await openNewDraft(page);

  const other = await browser.newContext({ baseURL: new URL(url).origin, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
  const second = await other.newPage();
  await login(second, 'lp-policy', /\/studio$/);
  await second.goto(url);
  await expect(editor(second)).toBeVisible();
  await retype(second, 'issuer', '连平县政务服务数据管理局', '连平县数据局（同事的修改）');
  await expect(status(second)).toHaveText(/已保存/, { timeout: 15_000 });

  // The first admin, still on the version opened before, edits: the save is refused and the choice offered.
  await retype(page, 'versionLabel', '二次征求意见稿', '我的版本标签');
  const dialog = page.getByRole('dialog', { name: '草稿已在别处被保存' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText(/已于 .+ 在别处保存/);
  await expect(dialog).toContainText('连平县数据局（同事的修改）');
  await expect(status(page)).toHaveText('冲突');
  await page.screenshot({ path: test.info().outputPath('studio-conflict.png') });

  // 保留我的修改: ours goes on top of theirs, which the user has now seen.
  await dialog.getByRole('button', { name: buttonName('保留我的修改') }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });
  await second.reload();
  await expect(line(second, 'versionLabel: 我的版本标签')).toHaveCount(1);
  await other.close();
  await deleteDraft(request, versionIdOf(url));
});

test('forms and YAML stay in step: the focused field’s lines are marked and the cursor follows, through the form’s edit', async ({ page, request }) => {
  const url = await openNewDraft(page);
  await toLineEnd(page, 'status: consultation-draft');

  // The element form's field for `issuer` (发布机关), by the document path it edits.
  const issuer = page.locator('[data-path="issuer"]');
  // Typed, then left to rest: the form writes it into the draft (moving on with Tab would focus the next field,
  // and the YAML would follow that one instead).
  await issuer.fill('连平县政务服务数据管理局（经表单修改）');
  const written = line(page, 'issuer: 连平县政务服务数据管理局（经表单修改）');
  await expect(written).toHaveCount(1);
  // The YAML shows where the field is written, and the rest of the text is as it was.
  await expect(written).toHaveClass(/cm-studio-focus/);
  await expect(line(page, 'status: consultation-draft')).toHaveCount(1);

  // The cursor went to the field's element when the field took focus, and the form's edit did not move it (a
  // whole-text replacement would have sent it to the start): the editor's current line is the field's.
  await expect(page.locator('.cm-activeLine')).toHaveText('issuer: 连平县政务服务数据管理局（经表单修改）');
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);
  // Saved before it goes: a draft deleted under a pending autosave would be written again.
  await expect(status(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });
  await deleteDraft(request, versionIdOf(url));
});
