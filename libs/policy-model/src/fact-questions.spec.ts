import { describe, expect, it } from 'vitest';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { factQuestionsSchema, unboundFacts } from './fact-questions';
import { loadPolicyYaml } from './parse-policy';

// The minimal policy, with a crypto step at initiation and a later stage whose rule reads the contract amount.
const WITH_RULES = MINIMAL_POLICY_YAML.replace('    cite: { article: 7, item: 2, quote: 样例条文 }\n', '    cite: { article: 11, quote: 涉及密码应用的项目 }\n  - key: contractAmount\n    cite: { article: 21, quote: 样例条文 }\n')
  .replace('        after: [apply]\n', '        after: [apply]\n        when: { cel: involvesCryptography }\n')
  .concat(
    '  - id: change\n    name: 变更\n    cite: { article: 21, quote: 样例条文 }\n    steps:\n      - id: change-review\n        name: 变更审核\n        body: data-bureau\n' +
      '        when: { threshold: { fact: contractAmount, comparison: gte, amount: "10", unit: 万元 } }\n        cite: { article: 21, quote: 样例条文 }\n',
  );

describe('fact questions', () => {
  it('asks, as required fields, the facts the rules read at submission that no form binds, with the article as a hint', () => {
    const doc = loadPolicyYaml(WITH_RULES);
    const schema = factQuestionsSchema(unboundFacts(doc)) as { properties: Record<string, Record<string, unknown>> };
    expect(Object.keys(schema.properties)).toEqual(['totalInvestment', 'involvesCryptography']);
    expect(schema.properties['involvesCryptography']).toMatchObject({
      type: 'boolean',
      title: '涉及密码应用',
      required: true,
      'x-fact': 'involvesCryptography',
      'x-component': 'Radio.Group',
      description: '涉及密码应用的项目（第十一条）',
    });
    expect(schema.properties['totalInvestment']).toMatchObject({ 'x-component': 'MoneyInput', 'x-component-props': { unit: '万元' } });
  });

  it('does not ask at submission a fact only a later stage reads', () => {
    expect(unboundFacts(loadPolicyYaml(WITH_RULES)).map((fact) => fact.key)).not.toContain('contractAmount');
  });

  it('does not ask a fact a form already asks', () => {
    const doc = loadPolicyYaml(
      `${WITH_RULES}forms:\n  - id: apply\n    title: 申请表\n    cite: { appendix: 1 }\n    schema:\n      type: object\n      properties:\n        total: { type: string, title: 总投资, x-fact: totalInvestment }\n`,
    );
    expect(unboundFacts(doc).map((fact) => fact.key)).toEqual(['involvesCryptography']);
  });
});
