import { createForm } from '@formily/core';
import { describe, expect, it } from 'vitest';
import type { SchemaNode } from './design-kinds';
import { moveNode, removeNode, renameNode, setTitle } from './design-ops';
import { setFieldKey } from './design-props';
import { applyRebuild, rebuildPlan } from './preview-rebuild';
import { patchField, previewUpdate } from './preview-sync';
import { DesignScript } from './testing/design-script.test-helper';

function sample(): SchemaNode {
  const form = new DesignScript();
  const basic = form.add([], 'section', 'basic', '基本情况');
  form.add(basic, 'text', 'name', '名称');
  form.add(basic, 'money', 'amount', '金额');
  const table = form.add([], 'table', 'lines', '清单');
  form.add(table, 'text', 'item', '品名');
  return form.schema;
}

describe('previewUpdate', () => {
  it('patches the one field whose label changed', () => {
    const before = sample();
    expect(previewUpdate(before, setTitle(before, ['basic', 'name'], '项目名称'))).toEqual({
      kind: 'patch',
      patches: [{ address: 'basic.name', node: expect.objectContaining({ title: '项目名称' }) }],
    });
    expect(previewUpdate(before, before)).toEqual({ kind: 'none' });
  });

  it('rebuilds when the shape changes: a condition, a component, a table’s columns, the order', () => {
    const before = sample();
    expect(previewUpdate(before, setFieldKey(before, ['basic', 'name'], 'x-visible-when', 'amount > 0')).kind).toBe('rebuild');
    expect(previewUpdate(before, setFieldKey(before, ['basic', 'name'], 'x-component', 'Input.TextArea')).kind).toBe('rebuild');
    expect(previewUpdate(before, setTitle(before, ['lines', 'c_item'], '名称')).kind).toBe('rebuild');
    const swapped = setFieldKey(setFieldKey(before, ['basic', 'name'], 'x-index', 1), ['basic', 'amount'], 'x-index', 0);
    expect(previewUpdate(before, swapped).kind).toBe('rebuild');
  });
});

describe('patchField', () => {
  it('makes a field required without losing its other rules', () => {
    const form = createForm();
    const field = form.createField({ name: 'amount', validator: [{ pattern: '^\\d+$' }] });
    expect(patchField(form, 'amount', { type: 'string', title: '金额', required: true, 'x-component': 'MoneyInput', 'x-component-props': { unit: '元' } })).toBe(true);
    expect(field.required).toBe(true);
    expect(field.title).toBe('金额');
    // The money rule (exact to 分) is added as the preview renders money fields.
    expect(JSON.stringify(field.validator)).toContain('\\\\d{1,2}');
    expect(patchField(form, 'missing', { type: 'string' })).toBe(false);
  });
});

describe('rebuildPlan', () => {
  it('clears what went, moved or changed shape, drops the values no field has any more, patches the rest', () => {
    const before = sample();
    const form = new DesignScript();
    form.schema = before;
    // A new field, a renamed one, a changed label: one structural edit after another.
    const added = form.add(['basic'], 'text', 'extra', '附加');
    const renamed = renameNode(form.schema, ['basic', 'name'], 'title');
    if (!renamed.ok) throw new Error(renamed.message);
    const next = setTitle(renamed.schema, ['basic', 'amount'], '总金额');
    expect(added).toEqual(['basic', 'extra']);
    const plan = rebuildPlan(before, next);
    expect(plan.clear).toEqual(['basic.name']);
    expect(plan.dropValues).toEqual(['name']);
    expect(plan.patches).toEqual([{ address: 'basic.amount', node: expect.objectContaining({ title: '总金额' }) }]);
  });

  it('keeps a field moved between sections (same data) and re-creates a conditional field that moved', () => {
    const form = new DesignScript();
    const one = form.add([], 'section', 'one', '一');
    form.add([], 'section', 'two', '二');
    form.add(one, 'text', 'a', '甲');
    form.add(one, 'text', 'b', '乙', { visibleWhen: 'a == "x"' });
    const before = form.schema;
    const moved = moveNode(before, ['one', 'a'], ['two']);
    if (!moved.ok) throw new Error(moved.message);
    const plan = rebuildPlan(before, moved.schema);
    expect(plan.clear).toEqual(['one.a', 'one.b']);
    expect(plan.dropValues).toEqual([]);
  });

  it('renders a structural edit into the same form: typed values stay, removed ones go', () => {
    const form = createForm({ values: { name: '智慧校园', amount: '30' } });
    form.createField({ name: 'name', basePath: 'basic' });
    form.createField({ name: 'amount', basePath: 'basic' });
    const before = sample();
    applyRebuild(form, rebuildPlan(before, removeNode(before, ['basic', 'amount'])));
    expect(form.values).toEqual({ name: '智慧校园' });
    expect(form.fields['basic.name']).toBeDefined();
    expect(form.fields['basic.amount']).toBeUndefined();
  });
});
