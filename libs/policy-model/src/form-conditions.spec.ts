import { describe, expect, it } from 'vitest';
import { resolveFacts } from './facts';
import { checkFieldCondition, checkFormConditions, conditionVariables } from './form-conditions';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { extractFacts, validateFormValues } from './form-values';
import { parsePolicyYaml } from './parse-policy';

const text = (title: string, extra: Record<string, unknown> = {}) => ({ type: 'string', title, 'x-decorator': 'FormItem', 'x-component': 'Input', ...extra });
const money = (title: string, unit: '元' | '万元', extra: Record<string, unknown> = {}) => ({
  type: 'string',
  title,
  'x-decorator': 'FormItem',
  'x-component': 'MoneyInput',
  'x-component-props': { unit },
  ...extra,
});

/** An application with a 其他 option explained on demand, a section shown above 50万元, and a change list. */
const schema = {
  type: 'object',
  properties: {
    basic: {
      type: 'void',
      'x-component': 'Section',
      title: '基本情况',
      properties: {
        nature: {
          type: 'string',
          title: '建设性质',
          required: true,
          'x-component': 'Radio.Group',
          enum: [
            { label: '新建', value: 'new' },
            { label: '其他', value: 'other' },
          ],
          'x-fact': 'constructionNature',
          'x-index': 0,
        },
        natureOther: text('其他建设性质', { 'x-visible-when': 'nature == "other"', required: true, 'x-index': 1 }),
        total: money('项目总投资（万元）', '万元', { required: true, 'x-fact': 'totalInvestment', 'x-index': 2 }),
      },
    },
    review: {
      type: 'void',
      'x-component': 'Section',
      title: '审批制项目补充信息',
      'x-visible-when': 'totalInvestment > 50000000',
      properties: { feasibility: text('可行性研究概要', { required: true }) },
    },
    cryptoPlan: text('密码应用方案', { 'x-required-when': 'involvesCryptography' }),
    changes: {
      type: 'array',
      title: '变更清单',
      'x-component': 'ArrayTable',
      items: {
        type: 'object',
        properties: {
          c_oldSubtotal: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '原小计' }, properties: { oldSubtotal: money('', '元', { title: undefined }) } },
          c_newSubtotal: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '现小计' }, properties: { newSubtotal: money('', '元', { title: undefined }) } },
          c_remark: {
            type: 'void',
            'x-component': 'ArrayTable.Column',
            'x-component-props': { title: '备注' },
            properties: { remark: { type: 'string', 'x-component': 'Input', 'x-required-when': 'newSubtotal > oldSubtotal' } },
          },
        },
      },
    },
  },
};
const complete = { nature: 'new', total: '30' };
const facts = resolveFacts({
  facts: [
    { key: 'totalInvestment', cite: { article: 12 } },
    { key: 'constructionNature', cite: { appendix: 1 } },
    { key: 'involvesCryptography', cite: { article: 11 } },
  ],
});
const fields = (issues: Array<{ field: string }>) => issues.map((issue) => issue.field);

describe('form conditions on the server', () => {
  it('skips a field while its x-visible-when does not hold and checks it once it does', () => {
    expect(validateFormValues(schema, complete)).toEqual([]);
    const issues = validateFormValues(schema, { ...complete, nature: 'other' });
    expect(issues).toEqual([{ field: 'natureOther', title: '其他建设性质', message: '请填写其他建设性质' }]);
  });

  it('reads money as integer 分, so a section shown above 50万元 is checked at 80万元 and not at 50万元', () => {
    expect(fields(validateFormValues(schema, { ...complete, total: '50' }))).toEqual([]);
    expect(fields(validateFormValues(schema, { ...complete, total: '80' }))).toEqual(['feasibility']);
    expect(validateFormValues(schema, { ...complete, total: '80', feasibility: '已论证' })).toEqual([]);
  });

  it('requires a field while its x-required-when holds, reading a fact the form does not ask from factValues', () => {
    expect(fields(validateFormValues(schema, complete, { factValues: { involvesCryptography: true } }))).toEqual(['cryptoPlan']);
    expect(validateFormValues(schema, complete, { factValues: { involvesCryptography: false } })).toEqual([]);
    // Not answered: the condition does not hold, nothing is demanded.
    expect(validateFormValues(schema, complete)).toEqual([]);
  });

  it('evaluates a cell’s condition against its own row, and names the cell by its column and row', () => {
    const values = {
      ...complete,
      changes: [
        { oldSubtotal: '100', newSubtotal: '90' },
        { oldSubtotal: '100', newSubtotal: '120' },
      ],
    };
    expect(validateFormValues(schema, values)).toEqual([{ field: 'changes.1.remark', title: '备注（第2行）', message: '请填写备注（第2行）' }]);
  });

  it('checks every cell of every row (required cells, money exact to 分)', () => {
    const values = { ...complete, changes: [{ oldSubtotal: '1.234', newSubtotal: '1' }] };
    expect(validateFormValues(schema, values)).toEqual([
      { field: 'changes.0.oldSubtotal', title: '原小计（第1行）', message: '原小计（第1行）应为金额（元），精确到分，例如 30 或 12.5' },
    ]);
  });

  it('gives no fact from a hidden field', () => {
    const withHidden = {
      type: 'object',
      properties: {
        urgent: { type: 'boolean', title: '紧急', enum: [true, false] },
        amount: money('紧急追加金额', '万元', { 'x-fact': 'totalInvestment', 'x-visible-when': 'urgent' }),
      },
    };
    expect(extractFacts(withHidden, { urgent: true, amount: '80' }, facts)).toEqual({ totalInvestment: 80_000_000n });
    expect(extractFacts(withHidden, { urgent: false, amount: '80' }, facts)).toEqual({});
  });

  it('lets || and && decide when one side is unanswered', () => {
    const either = { type: 'object', properties: { a: text('甲'), b: money('乙', '元'), c: text('丙', { required: true, 'x-visible-when': 'a == "x" || b > 100' }) } };
    expect(fields(validateFormValues(either, { b: '200' }))).toEqual(['c']);
    expect(fields(validateFormValues(either, { a: 'y' }))).toEqual([]);
  });
});

describe('form rules on the server', () => {
  const rules = {
    type: 'object',
    properties: {
      name: text('名称', { 'x-validator': [{ minLength: 2, maxLength: 5 }] }),
      count: { type: 'number', title: '数量', 'x-component': 'NumberPicker', 'x-validator': [{ minimum: 1, maximum: 10, message: '数量应在 1 到 10 之间' }] },
      email: text('邮箱', { 'x-validator': [{ format: 'email', message: '邮箱格式不正确' }] }),
      tags: { type: 'array', title: '标签', required: true, 'x-component': 'Checkbox.Group', enum: [{ label: '甲', value: 'a' }, { label: '乙', value: 'b' }] },
    },
  };
  it('checks lengths (in characters), ranges, formats, options of a multiple choice and an empty list as missing', () => {
    expect(validateFormValues(rules, { name: '𠀀甲', count: 3, email: 'a@b.cn', tags: ['a'] })).toEqual([]);
    expect(validateFormValues(rules, { name: '甲', count: 11, email: 'a@', tags: [] })).toEqual([
      { field: 'name', title: '名称', message: '名称至少2个字' },
      { field: 'count', title: '数量', message: '数量应在 1 到 10 之间' },
      { field: 'email', title: '邮箱', message: '邮箱格式不正确' },
      { field: 'tags', title: '标签', message: '请填写标签' },
    ]);
    expect(validateFormValues(rules, { name: '甲乙丙丁戊己', tags: ['c'] }).map((issue) => issue.message)).toEqual(['名称最多5个字', '标签的取值“c”不在可选项中']);
  });
});

describe('checking conditions as they are written', () => {
  const natureOther = ['properties', 'basic', 'properties', 'natureOther'];
  it('accepts a condition over the form’s fields and the document’s facts', () => {
    expect(checkFieldCondition(schema, natureOther, 'nature == "other"', { facts }).valid).toBe(true);
    expect(checkFieldCondition(schema, natureOther, 'involvesCryptography && total >= 5000000', { facts }).valid).toBe(true);
  });

  it('names the variables there are when a condition reads an unknown one', () => {
    const result = checkFieldCondition(schema, natureOther, 'natur == "other"', { facts });
    expect(result.valid).toBe(false);
    expect(result.hint).toContain('nature');
    expect(result.hint).toContain('involvesCryptography');
  });

  it('refuses a comparison of money with text and a condition that is not yes/no', () => {
    const typed = checkFieldCondition(schema, natureOther, 'total == "80"', { facts });
    expect(typed.valid).toBe(false);
    expect(typed.hint).toMatch(/分/);
    const notBool = checkFieldCondition(schema, natureOther, 'total', { facts });
    expect(notBool).toMatchObject({ valid: false, message: expect.stringMatching(/bool/) });
  });

  it('keeps a field’s own value, what it contains and what contains it out of its condition', () => {
    const names = conditionVariables(schema, natureOther, { facts }).map((variable) => variable.name);
    expect(names).not.toContain('natureOther');
    expect(names).toEqual(expect.arrayContaining(['nature', 'total', 'cryptoPlan', 'changes', 'totalInvestment', 'involvesCryptography']));
    const remark = ['properties', 'changes', 'items', 'properties', 'c_remark', 'properties', 'remark'];
    const inRow = conditionVariables(schema, remark, { facts });
    expect(inRow.map((variable) => variable.name)).not.toContain('changes');
    expect(inRow.find((variable) => variable.name === 'oldSubtotal')).toMatchObject({ type: 'int', label: '原小计', source: 'field' });
  });

  it('lists every broken condition of a form with the path of its key', () => {
    const broken = { ...schema, properties: { ...schema.properties, cryptoPlan: text('密码应用方案', { 'x-required-when': 'involvesCrypto' }) } };
    expect(checkFormConditions(schema, { facts })).toEqual([]);
    expect(checkFormConditions(broken, { facts })).toEqual([
      expect.objectContaining({ path: ['properties', 'cryptoPlan', 'x-required-when'], message: expect.stringMatching(/条件表达式有误/) }),
    ]);
  });
});

describe('conditions in a policy document', () => {
  const form = (condition: string) => `forms:
  - id: application
    title: 申请表
    cite: { appendix: 1 }
    schema:
      type: object
      properties:
        amount: { type: string, title: 总投资, x-component: MoneyInput, x-component-props: { unit: 万元 }, x-fact: totalInvestment }
        cryptoPlan: { type: string, title: 密码应用方案, x-required-when: ${condition} }
`;
  it('is valid with a condition over a field and a fact, and reports a broken one at its line and column', () => {
    expect(parsePolicyYaml(MINIMAL_POLICY_YAML + form('\'involvesCryptography && amount > 1000000\'')).ok).toBe(true);
    const result = parsePolicyYaml(MINIMAL_POLICY_YAML + form('\'involvesCrypto\''));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: ['forms', 0, 'schema', 'properties', 'cryptoPlan', 'x-required-when'],
        // The value of x-required-when on the cryptoPlan line (8 spaces, 35 characters, 密码应用方案, 19 more).
        line: 46,
        column: 69,
        message: expect.stringMatching(/条件表达式有误/),
        hint: expect.stringContaining('involvesCryptography'),
      }),
    ]);
  });
});
