import type { ResolvedFact } from '@banfa/policy-model';
import type { DesignKind, SchemaNode } from './design-kinds';
import { optionsOf } from './design-props';

/**
 * Whether a field can feed a fact (`x-fact`): the runtime reads the field's value as the fact's type
 * (extractFacts), so an amount must come from a money field, a yes/no from a 是/否 choice, an enum from a choice
 * whose values the fact knows. Returns why not, or undefined when it can.
 */
export function factMismatch(fact: ResolvedFact, kind: DesignKind | 'unknown', field: SchemaNode): string | undefined {
  const values = optionsOf(field).map((option) => option.value);
  const isChoice = kind === 'select' || kind === 'radio';
  switch (fact.type) {
    case 'money':
      return kind === 'money' ? undefined : '金额类事实须由“金额”字段填写';
    case 'integer':
      return kind === 'number' || kind === 'text' ? undefined : '整数类事实须由“数字”或“单行文本”字段填写';
    case 'boolean':
      return isChoice && field['type'] === 'boolean' ? undefined : '是/否类事实须由选项为“是/否”的单选或下拉选择填写';
    case 'date':
      return kind === 'date' ? undefined : '日期类事实须由“日期”字段填写';
    case 'enum': {
      if (!isChoice || field['type'] === 'boolean') return '枚举类事实须由单选或下拉选择填写';
      const known = new Set((fact.options ?? []).map((option) => option.value));
      const unknown = values.filter((value) => typeof value !== 'string' || !known.has(value));
      return unknown.length > 0 ? `选项值 ${unknown.map(String).join('、')} 不在事实“${fact.label}”的可选值中（${[...known].join('、')}）` : undefined;
    }
    case 'string':
      return kind === 'text' || kind === 'textarea' || (isChoice && field['type'] !== 'boolean') ? undefined : '文本类事实须由文本或选择字段填写';
  }
}
