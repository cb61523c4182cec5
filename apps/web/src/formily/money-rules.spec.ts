import { describe, expect, it } from 'vitest';
import { withMoneyRules } from './money-rules';

describe('withMoneyRules', () => {
  it('adds the exact-to-分 rule to nested money fields and keeps existing rules', () => {
    const schema = withMoneyRules({
      type: 'object',
      properties: {
        total: { title: '项目总投资（万元）', 'x-component': 'MoneyInput', 'x-component-props': { unit: '万元' } },
        fee: { title: '费用', 'x-component': 'MoneyInput', 'x-validator': [{ required: true }] },
        name: { title: '名称', 'x-component': 'Input' },
      },
    }) as { properties: Record<string, { 'x-validator'?: Array<{ pattern?: string }> }> };
    const total = new RegExp(schema.properties['total']?.['x-validator']?.[0]?.pattern ?? '');
    expect(total.test('49.999999')).toBe(true);
    expect(total.test('49.9999999')).toBe(false);
    expect(schema.properties['fee']?.['x-validator']).toHaveLength(2);
    expect(new RegExp(schema.properties['fee']?.['x-validator']?.[1]?.pattern ?? '').test('1.234')).toBe(false);
    expect(schema.properties['name']?.['x-validator']).toBeUndefined();
  });

  it('reaches the cells of an array table, and gives the same result for the same node', () => {
    const cell = { type: 'string', 'x-component': 'MoneyInput', 'x-component-props': { unit: '元' } };
    const table = { type: 'array', 'x-component': 'ArrayTable', items: { type: 'object', properties: { c: { type: 'void', properties: { price: cell } } } } };
    const schema = { type: 'object', properties: { table, other: { type: 'string' } } };
    const ready = withMoneyRules(schema) as { properties: { table: { items: { properties: { c: { properties: { price: { 'x-validator': unknown[] } } } } } }; other: unknown } };
    expect(ready.properties.table.items.properties.c.properties.price['x-validator']).toHaveLength(1);
    const again = withMoneyRules({ ...schema, properties: { ...schema.properties, other: { type: 'number' } } }) as typeof ready;
    expect(again.properties.table).toBe(ready.properties.table);
  });
});
