import { formatCitation } from './citation';
import { collectFactBindings } from './form-bindings';
import { resolveFacts, type ResolvedFact } from './facts';
import type { PolicyDocument } from './policy-document.schema';

/**
 * The facts a policy's rules read that none of its forms asks for (涉及密码应用 is not on 附表1, yet 第十一条
 * turns on it). They are asked as a generated section, "规则所需信息", so no rule reads a fact nobody entered.
 */
export function unboundFacts(doc: PolicyDocument): ResolvedFact[] {
  const bound = new Set(doc.forms.flatMap((form) => collectFactBindings(form.schema).map((binding) => binding.fact)));
  return resolveFacts(doc).filter((fact) => !bound.has(fact.key));
}

export function factQuestionsSchema(facts: ReadonlyArray<ResolvedFact>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  facts.forEach((fact, index) => {
    const hint = fact.cite?.quote ? `${fact.cite.quote}（${formatCitation(fact.cite)}）` : undefined;
    properties[fact.key] = {
      ...fieldFor(fact),
      title: fact.label,
      required: true,
      'x-fact': fact.key,
      'x-index': index,
      ...(hint ? { description: hint } : {}),
    };
  });
  return { type: 'object', properties };
}

function fieldFor(fact: ResolvedFact): Record<string, unknown> {
  const item = { 'x-decorator': 'FormItem' };
  switch (fact.type) {
    case 'boolean':
      return {
        ...item,
        type: 'boolean',
        enum: [
          { label: '是', value: true },
          { label: '否', value: false },
        ],
        'x-component': 'Radio.Group',
      };
    case 'enum':
      return { ...item, type: 'string', enum: fact.options ?? [], 'x-component': 'Select' };
    case 'money':
      return { ...item, type: 'string', 'x-component': 'MoneyInput', 'x-component-props': { unit: '万元' } };
    case 'integer':
      return { ...item, type: 'string', 'x-component': 'Input', 'x-validator': [{ pattern: '^\\d+$', message: `${fact.label}应为整数` }] };
    case 'date':
      return { ...item, type: 'string', 'x-component': 'DatePicker' };
    case 'string':
      return { ...item, type: 'string', 'x-component': 'Input' };
  }
}
