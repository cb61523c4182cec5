import { expect, type Locator, type Page } from '@playwright/test';
import { buttonName, login } from './workspace';

/** The form designer as a policy admin drives it: the palette, the structure, the properties, the preview. */
export const palette = (page: Page) => page.getByTestId('designer-palette');
export const tree = (page: Page) => page.getByTestId('designer-tree');
export const properties = (page: Page) => page.getByTestId('designer-properties');
export const preview = (page: Page) => page.getByTestId('designer-preview');
export const row = (page: Page, path: string) => page.getByTestId(`tree-row-${path}`);

/** Signs in as 连平县's policy admin, starts a new draft from the version in force and opens its 表单 tab. */
export async function openDraftForms(page: Page): Promise<void> {
  await login(page, 'lp-policy', /\/studio$/);
  const card = page.locator('.ant-card', { hasText: '连平县县级政务信息化项目管理办法' });
  const published = card.getByRole('row').filter({ hasText: '已发布' }).first();
  await published.getByRole('button', { name: '新建草稿（基于此版本）' }).click();
  await expect(page).toHaveURL(/\/studio\/versions\/[^/]+$/);
  await page.getByRole('tab', { name: '表单' }).click();
  await expect(page.getByTestId('forms-panel')).toBeVisible();
}

/** 新建表单: a new empty form, opened in the designer. */
export async function createForm(page: Page, form: { title: string; id: string; appendix: number }): Promise<void> {
  await page.getByRole('button', { name: '新建表单' }).click();
  const dialog = page.getByRole('dialog', { name: '新建表单' });
  await dialog.getByLabel('表单名称').fill(form.title);
  await dialog.getByLabel('标识（英文）').fill(form.id);
  await dialog.getByLabel('附表编号').fill(String(form.appendix));
  await dialog.getByRole('button', { name: buttonName('创建') }).click();
  await expect(dialog).toBeHidden();
  await expect(preview(page)).toContainText('表单还是空的');
}

/** Clicks a palette item: the node is added where the palette says, and selected. */
export async function add(page: Page, label: string): Promise<void> {
  await palette(page).getByRole('button', { name: `添加${label}` }).click();
}

/** Drags with the mouse, in small steps, as dnd-kit's pointer sensor needs (it starts after 4 px). */
export async function drag(page: Page, source: Locator, target: Locator, where: 'center' | 'top' = 'center'): Promise<void> {
  // In the middle of its scrolling box: near an edge dnd-kit would scroll the box under the pointer.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag: source or target not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
  const y = where === 'top' ? to.y + Math.min(6, to.height / 4) : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  // The designer shows where the node will land (a line above the row, or the lit end of a container) before it is dropped.
  await expect(target).toHaveClass(where === 'top' ? /drop-before/ : /is-lit/);
  await page.mouse.up();
}

export interface FieldSettings {
  title: string;
  key: string;
  required?: boolean;
  fact?: string;
  rows?: number;
  pattern?: [string, string];
  format?: [string, string];
  description?: string;
  unit?: '元' | '万元';
  options?: Array<[string, string]>;
  visibleWhen?: string;
}

/** Sets the selected node's properties in the panel, as typed by the author. */
export async function setProps(page: Page, settings: FieldSettings): Promise<void> {
  const panel = properties(page);
  await panel.locator('#prop-title').fill(settings.title);
  const key = panel.locator('#prop-key');
  await key.fill(settings.key);
  await key.press('Enter');
  // Renamed: the selected row is the node under its new key (a table column's is c_<key>).
  await expect(tree(page).locator(`.is-selected[data-tree-row="${settings.key}"], .is-selected[data-tree-row$="/${settings.key}"], .is-selected[data-tree-row$="/c_${settings.key}"]`)).toHaveCount(1);
  if (settings.required) await panel.getByRole('checkbox', { name: '必填' }).check();
  if (settings.unit) await panel.getByRole('radio', { name: settings.unit, exact: true }).check();
  if (settings.rows !== undefined) await panel.locator('#prop-rows').fill(String(settings.rows));
  if (settings.description) await panel.locator('#prop-description').fill(settings.description);
  if (settings.options) {
    for (let index = 1; index < settings.options.length; index++) await panel.getByRole('button', { name: '添加选项' }).click();
    for (const [index, [label, value]] of settings.options.entries()) {
      await panel.getByLabel(`选项${index + 1}显示`).fill(label);
      await panel.getByLabel(`选项${index + 1}值`).fill(value);
    }
  }
  if (settings.pattern) {
    await panel.locator('#prop-pattern').fill(settings.pattern[0]);
    await panel.getByLabel('不符合时的提示').fill(settings.pattern[1]);
  }
  if (settings.format) {
    await panel.locator('#prop-format').click();
    await page.locator('.ant-select-dropdown:visible').getByText(settings.format[0], { exact: true }).click();
    await panel.getByLabel('格式不符时的提示').fill(settings.format[1]);
  }
  if (settings.fact) {
    const select = panel.getByLabel('对应的事实');
    await select.click();
    await select.fill(settings.fact);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `（${settings.fact}，` }).click();
  }
  if (settings.visibleWhen) await panel.locator('#prop-x-visible-when').fill(settings.visibleWhen);
}

/** The form's JSON Schema as the designer exports it (the copy/paste dialog). */
export async function exportedSchema(page: Page): Promise<Record<string, unknown>> {
  await page.getByRole('button', { name: '复制/粘贴 JSON' }).click();
  const dialog = page.getByRole('dialog', { name: '表单的 JSON Schema' });
  const text = await dialog.getByLabel('表单 JSON').inputValue();
  await dialog.getByRole('button', { name: buttonName('关闭') }).click();
  return JSON.parse(text) as Record<string, unknown>;
}

/** A schema with each `properties` as a list in the form's order, without x-index (the seed numbers some lists). */
export function normalised(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalised);
  if (!node || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'x-index') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      result[key] = Object.entries(value as Record<string, Record<string, unknown>>)
        .map(([name, child], position) => ({ name, child, index: typeof child['x-index'] === 'number' ? (child['x-index'] as number) : position, position }))
        .sort((a, b) => a.index - b.index || a.position - b.position)
        .map(({ name, child }) => [name, normalised(child)]);
    } else {
      result[key] = normalised(value);
    }
  }
  return result;
}

/** Types a year and month into a month picker, the way a keyboard user does. */
export async function typeMonth(scope: Locator, label: string, text: string): Promise<void> {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue(text);
}
