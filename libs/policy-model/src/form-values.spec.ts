import { describe, expect, it } from 'vitest';
import { resolveFacts } from './facts';
import { extractFacts, validateFormValues } from './form-values';

const schema = {
  type: 'object',
  properties: {
    basic: {
      type: 'void',
      properties: {
        projectName: { type: 'string', title: '项目名称', required: true },
        nature: { type: 'string', title: '建设性质', enum: [{ label: '新建', value: 'new' }], 'x-fact': 'constructionNature' },
        total: {
          type: 'string',
          title: '项目总投资（万元）',
          required: true,
          'x-component': 'MoneyInput',
          'x-component-props': { unit: '万元' },
          'x-fact': 'totalInvestment',
        },
        mobile: { type: 'string', title: '手机号码', 'x-validator': [{ pattern: '^1\\d{10}$', message: '手机号码应为 11 位数字' }] },
      },
    },
  },
};
const facts = resolveFacts({ facts: [{ key: 'totalInvestment', cite: { article: 1, quote: '样例条文' } }, { key: 'constructionNature', cite: { appendix: 1 } }] });

describe('form values', () => {
  it('accepts a complete submission and reads bound facts exactly', () => {
    const values = { projectName: '智慧政务', nature: 'new', total: '49.999999' };
    expect(validateFormValues(schema, values)).toEqual([]);
    expect(extractFacts(schema, values, facts)).toEqual({ totalInvestment: 49_999_999n, constructionNature: 'new' });
  });

  it('asks an unanswered yes/no question to be chosen, not “filled”', () => {
    const question = { type: 'object', properties: { urgent: { type: 'boolean', title: '需要紧急建设', required: true } } };
    expect(validateFormValues(question, {})).toEqual([{ field: 'urgent', title: '需要紧急建设', message: '请选择“需要紧急建设”：是或否' }]);
    expect(validateFormValues(question, { urgent: false })).toEqual([]);
  });

  it('names each missing or malformed field with its title', () => {
    const issues = validateFormValues(schema, { nature: 'demolish', total: '30.1234567', mobile: '123' });
    expect(issues.map((issue) => issue.field)).toEqual(['projectName', 'nature', 'total', 'mobile']);
    expect(issues[0]?.message).toBe('请填写项目名称');
    expect(issues[1]?.message).toMatch(/不在可选项中/);
    expect(issues[2]?.message).toMatch(/精确到分/);
    expect(issues[3]?.message).toBe('手机号码应为 11 位数字');
  });
});
