import { ArrayTable, DatePicker, FormGrid, FormItem, Input, Radio, Select } from '@formily/antd-v5';
import { Schema } from '@formily/json-schema';
import { createSchemaField } from '@formily/react';
import { MoneyGroup } from './MoneyGroup';
import { MoneyInput } from './MoneyInput';
import { MonthPicker } from './MonthPicker';
import { labelled } from './labelled';
import { Section } from './Section';

/**
 * Formily compiles `{{ }}` expressions with new Function, which our Content-Security-Policy forbids. Conditions
 * in forms are CEL (the form designer wires them); a schema expression is an authoring error, not code to run.
 */
Schema.registerCompiler((expression: string) => {
  throw new Error(`表单中不支持 {{ }} 表达式“${expression}”：条件请使用 CEL（x-visible-when / x-required-when）`);
});

/** The components policy forms may use, by the names their Formily JSON Schema gives. */
export const SchemaField = createSchemaField({
  components: {
    FormItem,
    FormGrid,
    Section,
    MoneyGroup,
    // Lists of policy forms (附表2 数据内容, 附表3 变更清单): ArrayTable.Column / Index / Addition / Remove by name.
    ArrayTable,
    Input: Object.assign(labelled(Input), { TextArea: labelled(Input.TextArea) }),
    Radio: Object.assign(labelled(Radio), { Group: labelled(Radio.Group) }),
    Select: labelled(Select),
    DatePicker: labelled(DatePicker),
    MoneyInput: labelled(MoneyInput),
    MonthPicker: labelled(MonthPicker),
  },
});
