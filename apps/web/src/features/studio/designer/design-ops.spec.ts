import { describe, expect, it } from 'vitest';
import type { SchemaNode } from './design-kinds';
import { insertNew, moveNode, removeNode, renameNode, setTitle, type OpResult } from './design-ops';
import { setOptions, setRule } from './design-props';
import { designTree, findNode, schemaAt } from './design-tree';
import { DesignScript } from './testing/design-script.test-helper';

const ok = (result: OpResult) => {
  if (!result.ok) throw new Error(result.message);
  return result;
};
const keys = (schema: SchemaNode, path: string[] = []) => (path.length === 0 ? designTree(schema) : findNode(schema, path)?.children ?? []).map((node) => node.key);

function sample() {
  const form = new DesignScript();
  const basic = form.add([], 'section', 'basic', '基本情况');
  form.add(basic, 'text', 'name', '名称');
  form.add(basic, 'money', 'amount', '金额');
  const table = form.add([], 'table', 'lines', '清单');
  form.add(table, 'text', 'item', '品名');
  form.add([], 'text', 'note', '备注');
  return form.schema;
}

describe('design operations', () => {
  it('numbers new nodes’ keys on within their scope and places them where asked', () => {
    const schema = sample();
    const first = ok(insertNew(schema, ['basic'], 'text', 0));
    expect(first.path).toEqual(['basic', 'text1']);
    expect(keys(first.schema, ['basic'])).toEqual(['text1', 'name', 'amount']);
    expect(schemaAt(first.schema, ['basic', 'name'])?.['x-index']).toBe(1);
    // Sections share the form's data: the next text field elsewhere in it is text2.
    expect(ok(insertNew(first.schema, [], 'text')).path).toEqual(['text2']);
  });

  it('leaves untouched parts of the schema as they were (by identity)', () => {
    const schema = sample();
    const next = setTitle(schema, ['basic', 'name'], '项目名称');
    expect(schemaAt(next, ['basic', 'amount'])).toBe(schemaAt(schema, ['basic', 'amount']));
    expect(schemaAt(next, ['lines'])).toBe(schemaAt(schema, ['lines']));
    expect(schemaAt(next, ['basic', 'name'])?.['title']).toBe('项目名称');
  });

  it('turns a field moved into a table into a column with its title, and back', () => {
    const schema = sample();
    const moved = ok(moveNode(schema, ['basic', 'amount'], ['lines'], 0));
    expect(moved.path).toEqual(['lines', 'c_amount']);
    const column = schemaAt(moved.schema, ['lines', 'c_amount']) as SchemaNode;
    expect(column).toMatchObject({ type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '金额' } });
    expect((column['properties'] as Record<string, SchemaNode>)['amount']).not.toHaveProperty('title');
    expect(keys(moved.schema, ['lines'])).toEqual(['amount', 'item']);
    // The 序号 column stays first.
    expect(Object.keys((schemaAt(moved.schema, ['lines'])?.['items'] as SchemaNode)['properties'] as object)[0]).toBe('index');
    const back = ok(moveNode(moved.schema, ['lines', 'c_amount'], [], 0));
    expect(schemaAt(back.schema, ['amount'])).toMatchObject({ title: '金额', 'x-component': 'MoneyInput' });
  });

  it('refuses what cannot be: a section into a table, a node into itself, two fields of one name in one scope', () => {
    const schema = sample();
    expect(moveNode(schema, ['basic'], ['lines'])).toMatchObject({ ok: false, message: expect.stringMatching(/只能放字段/) });
    expect(moveNode(schema, ['basic'], ['basic'])).toMatchObject({ ok: false, message: expect.stringMatching(/自己里面/) });
    const clash = ok(insertNew(schema, ['lines'], 'text'));
    const renamed = ok(renameNode(clash.schema, clash.path, 'note'));
    // A row has a scope of its own: `note` in a row does not clash with the form's `note` …
    expect(renamed.path).toEqual(['lines', 'c_note']);
    // … but moved out beside it, it would.
    expect(moveNode(renamed.schema, ['lines', 'c_note'], [])).toMatchObject({ ok: false, message: expect.stringMatching(/已有字段名“note”/) });
    expect(renameNode(schema, ['basic', 'name'], 'note')).toMatchObject({ ok: false });
    expect(renameNode(schema, ['basic', 'name'], '项目')).toMatchObject({ ok: false, message: expect.stringMatching(/英文字母/) });
  });

  it('reorders within a container, counting the target before the move', () => {
    const schema = sample();
    const down = ok(moveNode(schema, ['basic', 'name'], ['basic'], 2));
    expect(keys(down.schema, ['basic'])).toEqual(['amount', 'name']);
    const out = ok(moveNode(schema, ['note'], ['basic'], 1));
    expect(keys(out.schema, ['basic'])).toEqual(['name', 'note', 'amount']);
    expect(keys(out.schema)).toEqual(['basic', 'lines']);
  });

  it('renames a column’s field and its column together, and removes nodes', () => {
    const schema = sample();
    const renamed = ok(renameNode(schema, ['lines', 'c_item'], 'product'));
    expect(renamed.path).toEqual(['lines', 'c_product']);
    expect(findNode(renamed.schema, ['lines', 'c_product'])).toMatchObject({ key: 'product', title: '品名' });
    expect(keys(removeNode(renamed.schema, ['lines', 'c_product']), ['lines'])).toEqual([]);
    expect(keys(removeNode(schema, ['basic']))).toEqual(['lines', 'note']);
  });

  it('keeps other rules when one is set, and types a yes/no choice as boolean', () => {
    const form = new DesignScript();
    const path = form.add([], 'text', 'code', '编码', { pattern: ['^\\d+$', '只能是数字'] });
    const withLength = setRule(form.schema, path, 'length', { maxLength: 8 });
    expect(schemaAt(withLength, path)?.['x-validator']).toEqual([{ pattern: '^\\d+$', message: '只能是数字' }, { maxLength: 8 }]);
    expect(schemaAt(setRule(withLength, path, 'pattern', undefined), path)?.['x-validator']).toEqual([{ maxLength: 8 }]);
    const choice = form.add([], 'radio', 'urgent', '是否紧急');
    const yesNo = setOptions(form.schema, choice, [
      { label: '是', value: true },
      { label: '否', value: false },
    ]);
    expect(schemaAt(yesNo, choice)).toMatchObject({ type: 'boolean', enum: [{ label: '是', value: true }, { label: '否', value: false }] });
  });
});
