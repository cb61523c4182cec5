import { validateFormValues } from '@banfa/policy-model';
import { FormProvider } from '@formily/react';
import { createForm, type Form } from '@formily/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SchemaField } from './SchemaField';
import { typeInto } from './testing/dom-input.test-helper';
import { prepareJsdomForAntd } from './testing/jsdom-antd.test-helper';

const schema = {
  type: 'object',
  properties: {
    nature: { type: 'string', title: '建设性质', 'x-decorator': 'FormItem', 'x-component': 'Input' },
    natureOther: { type: 'string', title: '其他建设性质', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-visible-when': 'nature == "other"' },
    total: { type: 'string', title: '总投资', 'x-decorator': 'FormItem', 'x-component': 'MoneyInput', 'x-component-props': { unit: '万元' } },
    plan: { type: 'string', title: '可研报告摘要', 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-required-when': 'total > 50000000' },
    lines: {
      type: 'array',
      title: '清单',
      'x-decorator': 'FormItem',
      'x-component': 'ArrayTable',
      items: {
        type: 'object',
        properties: {
          c_amount: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '金额' }, properties: { amount: { type: 'string', 'x-decorator': 'FormItem', 'x-component': 'MoneyInput', 'x-component-props': { unit: '元' } } } },
          c_reason: {
            type: 'void',
            'x-component': 'ArrayTable.Column',
            'x-component-props': { title: '理由' },
            properties: { reason: { type: 'string', 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-visible-when': 'amount > 10000' } },
          },
        },
      },
    },
  },
};

let root: Root | null = null;
let container: HTMLElement;

beforeAll(prepareJsdomForAntd);

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
});

function render(form: Form, node: Record<string, unknown>) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<FormProvider form={form}><SchemaField schema={node} /></FormProvider>));
}

const input = (label: string) => container.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);

describe('CEL conditions in rendered forms', () => {
  it('shows a field while its x-visible-when holds as the user types, and drops its value once hidden', async () => {
    const form = createForm();
    render(form, schema);
    expect(input('其他建设性质')).toBeNull();
    await act(async () => typeInto(input('建设性质'), 'other'));
    expect(input('其他建设性质')).not.toBeNull();
    await act(async () => typeInto(input('其他建设性质'), '改扩建'));
    expect(form.values['natureOther']).toBe('改扩建');
    await act(async () => typeInto(input('建设性质'), 'new'));
    expect(input('其他建设性质')).toBeNull();
    expect(form.values['natureOther']).toBeUndefined();
    // The server agrees: hidden, it is neither required nor read.
    expect(validateFormValues(schema, form.values)).toEqual([]);
  });

  it('requires a field while its x-required-when holds, money read in 分', async () => {
    const form = createForm();
    render(form, schema);
    await act(async () => typeInto(input('总投资'), '30'));
    await act(async () => form.validate().catch(() => undefined));
    expect((form.query('plan').take() as { selfErrors: string[] }).selfErrors).toEqual([]);
    await act(async () => typeInto(input('总投资'), '80'));
    await act(async () => form.validate().catch(() => undefined));
    expect(form.query('plan').take()).toMatchObject({ required: true });
    expect((form.query('plan').take() as { selfErrors: string[] }).selfErrors.length).toBe(1);
    expect(validateFormValues(schema, form.values).map((issue) => issue.field)).toEqual(['plan']);
  });

  it('evaluates a cell’s condition against its own row', async () => {
    const form = createForm({ initialValues: { lines: [{ amount: '50' }, { amount: '20000' }] } });
    render(form, schema);
    expect(input('理由（第1行）')).toBeNull();
    expect(input('理由（第2行）')).not.toBeNull();
    await act(async () => typeInto(input('金额（第1行）'), '10001'));
    expect(input('理由（第1行）')).not.toBeNull();
  });

  it('evaluates `{{ }}` in hand-written reactions as CEL over the named dependencies', async () => {
    const form = createForm();
    render(form, {
      type: 'object',
      properties: {
        a: { type: 'string', title: '甲', 'x-decorator': 'FormItem', 'x-component': 'Input' },
        b: {
          type: 'string',
          title: '乙',
          'x-decorator': 'FormItem',
          'x-component': 'Input',
          'x-reactions': { dependencies: { a: '.a' }, fulfill: { state: { visible: '{{ a == "yes" }}' } } },
        },
      },
    });
    expect(input('乙')).not.toBeNull(); // `a` unanswered: the expression cannot be evaluated, the state stays
    await act(async () => typeInto(input('甲'), 'no'));
    expect(input('乙')).toBeNull();
    await act(async () => typeInto(input('甲'), 'yes'));
    expect(input('乙')).not.toBeNull();
  });
});
