import { resolveFacts } from '@banfa/policy-model';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareJsdomForAntd } from '../../../formily/testing/jsdom-antd.test-helper';
import type { SchemaNode } from './design-kinds';
import { findNode, schemaAt } from './design-tree';
import { button, byId, click, labelled, mountDesigner, press, settle, typeInto, type MountedDesigner } from './testing/designer-dom.test-helper';

const facts = resolveFacts({ facts: [{ key: 'totalInvestment', cite: { article: 12 } }, { key: 'projectName', cite: { appendix: 1 } }] });
const empty = (): SchemaNode => ({ type: 'object', properties: {} });
let designer: MountedDesigner | null = null;

beforeAll(prepareJsdomForAntd);
afterEach(() => {
  designer?.unmount();
  designer = null;
});

const preview = () => designer?.container.querySelector('[data-testid="designer-preview"]') as HTMLElement;
const row = (path: string) => designer?.container.querySelector(`[data-testid="tree-row-${path}"]`) as HTMLElement;

describe('FormDesigner', { timeout: 30_000 }, () => {
  it('adds from the palette into the selected section, and shows a label as it is typed in the preview', async () => {
    designer = mountDesigner(empty(), { facts });
    await click(button(designer.container, '添加分组'));
    expect(findNode(designer.schema(), ['section1'])?.kind).toBe('section');
    // The new section is selected: the next field goes into it.
    await click(button(designer.container, '添加单行文本'));
    expect(findNode(designer.schema(), ['section1', 'text1'])).toMatchObject({ kind: 'text', title: '单行文本' });
    expect(labelled(preview(), '单行文本')).not.toBeNull();
    await act(async () => typeInto(byId('prop-title'), '申请单位'));
    expect(labelled(preview(), '申请单位')).not.toBeNull();
    expect(labelled(preview(), '单行文本')).toBeNull();
    expect(schemaAt(designer.schema(), ['section1', 'text1'])?.['title']).toBe('申请单位');
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z, a typed label as one step', async () => {
    designer = mountDesigner(empty());
    await click(button(designer.container, '添加单行文本'));
    await act(async () => typeInto(byId('prop-title'), '项'));
    await act(async () => typeInto(byId('prop-title'), '项目'));
    await act(async () => typeInto(byId('prop-title'), '项目名称'));
    expect(schemaAt(designer.schema(), ['text1'])?.['title']).toBe('项目名称');
    await click(button(designer.container, '撤销'));
    expect(schemaAt(designer.schema(), ['text1'])?.['title']).toBe('单行文本');
    await press(byId('prop-title'), 'z', { ctrlKey: true });
    expect(schemaAt(designer.schema(), ['text1'])).toBeUndefined();
    await press(row('') ?? designer.container.querySelector('[data-testid="designer-tree"]') as HTMLElement, 'z', { ctrlKey: true, shiftKey: true });
    expect(schemaAt(designer.schema(), ['text1'])?.['title']).toBe('单行文本');
    await click(button(designer.container, '重做'));
    expect(schemaAt(designer.schema(), ['text1'])?.['title']).toBe('项目名称');
  });

  it('moves nodes with the keyboard: Alt+↑ reorders, Alt+→ into the section above, Alt+← out again', async () => {
    designer = mountDesigner(empty());
    await click(button(designer.container, '添加分组'));
    await click(row('section1'));
    await click(button(designer.container, '添加单行文本'));
    await click(row('section1/text1'));
    await press(row('section1/text1'), 'ArrowLeft', { altKey: true });
    expect(findNode(designer.schema(), ['text1'])).toBeDefined();
    expect(designer.schema()['properties']).toHaveProperty('text1');
    await press(row('text1'), 'ArrowUp', { altKey: true });
    expect(Object.entries(designer.schema()['properties'] as Record<string, SchemaNode>).sort(([, a], [, b]) => Number(a['x-index']) - Number(b['x-index'])).map(([key]) => key)).toEqual(['text1', 'section1']);
    await press(row('text1'), 'ArrowDown', { altKey: true });
    await press(row('text1'), 'ArrowRight', { altKey: true });
    expect(findNode(designer.schema(), ['section1', 'text1'])).toBeDefined();
  });

  it('type-checks a condition as it is typed and shows and hides the field in the preview', async () => {
    designer = mountDesigner(empty(), { facts });
    await click(button(designer.container, '添加单选'));
    await click(button(designer.container, '添加单行文本'));
    await act(async () => typeInto(byId('prop-title'), '其他说明'));
    await act(async () => typeInto(byId('prop-x-visible-when'), 'choice1 == 1'));
    expect(designer.container.querySelector('[data-testid="x-visible-when-error"]')?.textContent).toMatch(/条件表达式有误/);
    await act(async () => typeInto(byId('prop-x-visible-when'), 'choice1 == "option1"'));
    expect(designer.container.querySelector('[data-testid="x-visible-when-ok"]')).not.toBeNull();
    expect(labelled(preview(), '其他说明')).toBeNull();
    const option = preview().querySelector<HTMLInputElement>('input[type="radio"][value="option1"]');
    await click(option as HTMLInputElement);
    expect(labelled(preview(), '其他说明')).not.toBeNull();
  });

  it('submits the preview: the errors first, then the values and the facts they feed', async () => {
    designer = mountDesigner(empty(), { facts });
    await click(button(designer.container, '添加金额'));
    await act(async () => typeInto(byId('prop-title'), '项目总投资（万元）'));
    await act(async () => {
      byId('prop-fact').closest('.ant-select')?.querySelector('.ant-select-selector')?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await settle();
    const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((item) => item.textContent?.includes('totalInvestment'));
    await click(option as HTMLElement);
    expect(schemaAt(designer.schema(), ['amount1'])?.['x-fact']).toBe('totalInvestment');
    await click(designer.container.querySelector('[data-testid="designer-properties"] .ant-checkbox-input') as HTMLElement);
    await click(button(preview(), '提交（预览）'));
    await settle();
    expect(preview().querySelector('[data-testid="preview-failed"]')).not.toBeNull();
    await act(async () => typeInto(labelled(preview(), '项目总投资（万元）'), '12.3456789'));
    await click(button(preview(), '提交（预览）'));
    await settle();
    expect(preview().querySelector('[data-testid="preview-submitted"]')).toBeNull();
    await act(async () => typeInto(labelled(preview(), '项目总投资（万元）'), '80'));
    await click(button(preview(), '提交（预览）'));
    await settle();
    expect(preview().querySelector('[data-testid="preview-facts"]')?.textContent).toContain('80万元（80000000 分）');
    expect(JSON.parse(preview().querySelector('[data-testid="preview-values"]')?.textContent ?? '{}')).toEqual({ amount1: '80' });
  });

  it('refuses JSON that is not a form, saying where, and imports one that is', async () => {
    designer = mountDesigner(empty());
    await click(button(designer.container, '复制/粘贴JSON'));
    const text = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="表单 JSON"]') as HTMLTextAreaElement;
    await act(async () => typeInto(text, '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" x }\n  }\n}'));
    await click(button(document.body, '导入并替换当前表单'));
    const issues = document.querySelector('[data-testid="import-issues"]')?.textContent ?? '';
    expect(issues).toMatch(/第 4 行第 \d+ 列/);
    expect(designer.changes()).toBe(0);
    await act(async () => typeInto(text, JSON.stringify({ type: 'object', properties: { a: { type: 'string', 'x-component': 'Foo' } } })));
    await click(button(document.body, '导入并替换当前表单'));
    expect(document.querySelector('[data-testid="import-issues"]')?.textContent).toMatch(/未知组件“Foo”/);
    const good = { type: 'object', properties: { name: { type: 'string', title: '名称', 'x-decorator': 'FormItem', 'x-component': 'Input' } } };
    await act(async () => typeInto(text, JSON.stringify(good)));
    await click(button(document.body, '导入并替换当前表单'));
    expect(designer.schema()).toEqual(good);
    await click(button(designer.container, '撤销'));
    expect(designer.schema()).toEqual(empty());
  });

  it('only shows the form when read-only: no palette, no edits', async () => {
    designer = mountDesigner({ type: 'object', properties: { name: { type: 'string', title: '名称', 'x-decorator': 'FormItem', 'x-component': 'Input' } } }, { readOnly: true });
    expect(button(designer.container, '添加单行文本').disabled).toBe(true);
    await click(row('name'));
    expect(byId('prop-title').disabled).toBe(true);
    expect(labelled(preview(), '名称')?.disabled).toBe(false);
  });
});
