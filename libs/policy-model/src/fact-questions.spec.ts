import { describe, expect, it } from 'vitest';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { factQuestionsSchema, unboundFacts } from './fact-questions';
import { loadPolicyYaml } from './parse-policy';

describe('fact questions', () => {
  it('asks, as required fields, the facts the rules read that no form binds, with the article as a hint', () => {
    const doc = loadPolicyYaml(
      MINIMAL_POLICY_YAML.replace('    cite: { article: 7, item: 2 }\n', '    cite: { article: 11, quote: 涉及密码应用的项目 }\n'),
    );
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

  it('does not ask a fact a form already asks', () => {
    const doc = loadPolicyYaml(
      `${MINIMAL_POLICY_YAML}forms:\n  - id: apply\n    title: 申请表\n    cite: { appendix: 1 }\n    schema:\n      type: object\n      properties:\n        total: { type: string, title: 总投资, x-fact: totalInvestment }\n`,
    );
    expect(unboundFacts(doc).map((fact) => fact.key)).toEqual(['involvesCryptography']);
  });
});
