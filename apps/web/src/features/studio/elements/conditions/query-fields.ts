import type { FactType, ResolvedFact } from '@banfa/policy-model';
import type { Field, Translations } from 'react-querybuilder';

type OperatorChoice = { name: string; label: string };

/** The comparisons offered per type of fact, in the regulations' words where they have one (以下 = ≤). */
const OPERATORS: Readonly<Record<Exclude<FactType, 'string'>, OperatorChoice[]>> = {
  boolean: [{ name: '=', label: '为' }],
  enum: [
    { name: '=', label: '是' },
    { name: '!=', label: '不是' },
    { name: 'in', label: '属于其中之一' },
    { name: 'notIn', label: '不属于其中任何一项' },
  ],
  money: [
    { name: '<=', label: '以下/不超过（≤）' },
    { name: '<', label: '不满（<）' },
    { name: '>=', label: '以上（≥）' },
    { name: '>', label: '超过（>）' },
    { name: '=', label: '等于' },
    { name: '!=', label: '不等于' },
  ],
  integer: [
    { name: '>=', label: '不低于（≥）' },
    { name: '>', label: '高于（>）' },
    { name: '<=', label: '不高于（≤）' },
    { name: '<', label: '低于（<）' },
    { name: '=', label: '等于' },
    { name: '!=', label: '不等于' },
  ],
  date: [
    { name: '<', label: '早于' },
    { name: '<=', label: '不晚于' },
    { name: '>', label: '晚于' },
    { name: '>=', label: '不早于' },
    { name: '=', label: '为' },
  ],
};

/** The builder's fields: every fact except free text, with its Chinese label, its comparisons and its options. */
export function queryFields(facts: ReadonlyArray<ResolvedFact>): Field[] {
  return facts.flatMap((fact): Field[] => {
    if (fact.type === 'string') return [];
    const base: Field = { name: fact.key, label: fact.label, datatype: fact.type, operators: OPERATORS[fact.type] };
    switch (fact.type) {
      case 'boolean':
        return [{ ...base, defaultValue: true }];
      case 'enum': {
        const values = (fact.options ?? []).map((option) => ({ name: option.value, label: option.label }));
        return [{ ...base, values, defaultValue: values[0]?.name ?? '', valueEditorType: (operator: string) => (operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select') }];
      }
      case 'money':
        return [{ ...base, defaultOperator: '<=', defaultValue: '' }];
      case 'integer':
        return [{ ...base, inputType: 'number', defaultValue: '' }];
      case 'date':
        return [{ ...base, inputType: 'date', defaultValue: '' }];
    }
  });
}

export const COMBINATORS = [
  { name: 'and', label: '全部满足（并且）' },
  { name: 'or', label: '任一满足（或者）' },
];

export const TRANSLATIONS: Partial<Translations> = {
  fields: { title: '事实', placeholderLabel: '请选择事实', placeholderGroupLabel: '请选择事实' },
  operators: { title: '比较', placeholderLabel: '请选择', placeholderGroupLabel: '请选择' },
  values: { title: '取值', placeholderLabel: '请选择', placeholderGroupLabel: '请选择' },
  value: { title: '取值' },
  removeRule: { label: '删除', title: '删除此条件' },
  removeGroup: { label: '删除组', title: '删除此条件组' },
  addRule: { label: '添加条件', title: '添加一条条件' },
  addGroup: { label: '添加条件组', title: '添加一组条件' },
  combinators: { title: '组合方式' },
  notToggle: { label: '并非', title: '对整组取反' },
  cloneRule: { label: '复制', title: '复制此条件' },
  cloneRuleGroup: { label: '复制', title: '复制此条件组' },
  shiftActionUp: { label: '上移', title: '上移' },
  shiftActionDown: { label: '下移', title: '下移' },
};
