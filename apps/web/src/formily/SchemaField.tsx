import { ArrayTable, Checkbox, DatePicker, FormGrid, FormItem, Input, NumberPicker, Radio, Select } from '@formily/antd-v5';
import { Schema } from '@formily/json-schema';
import { createSchemaField } from '@formily/react';
import { useLayoutEffect, useMemo, useState, type ComponentProps } from 'react';
import { AttachmentUpload } from './AttachmentUpload';
import { compileCelExpression } from './cel-compiler';
import { withCellLabels } from './cell-labels';
import { commitConditions, createConditionCache, withFormConditions, type ConditionCache } from './form-conditions.reactions';
import { MoneyGroup } from './MoneyGroup';
import { MoneyInput } from './MoneyInput';
import { MonthPicker } from './MonthPicker';
import { labelled } from './labelled';
import { Section } from './Section';

/**
 * Formily compiles `{{ }}` expressions with new Function, which our Content-Security-Policy forbids: they are CEL
 * here (cel-compiler.ts). Registered once, for every form of the web.
 */
Schema.registerCompiler(compileCelExpression);

/** The components policy forms may use, by the names their Formily JSON Schema gives. */
export const SCHEMA_COMPONENTS = {
  FormItem,
  FormGrid,
  Section,
  MoneyGroup,
  // Lists of policy forms (附表2 数据内容, 附表3 变更清单): ArrayTable.Column / Index / Addition / Remove by name.
  ArrayTable,
  Input: Object.assign(labelled(Input), { TextArea: labelled(Input.TextArea) }),
  NumberPicker: labelled(NumberPicker),
  Radio: Object.assign(labelled(Radio), { Group: labelled(Radio.Group) }),
  Checkbox: Object.assign(labelled(Checkbox), { Group: labelled(Checkbox.Group) }),
  Select: labelled(Select),
  DatePicker: labelled(DatePicker),
  MoneyInput: labelled(MoneyInput),
  MonthPicker: labelled(MonthPicker),
  AttachmentUpload: labelled(AttachmentUpload),
};

const BaseSchemaField = createSchemaField({ components: SCHEMA_COMPONENTS });

type SchemaFieldProps = ComponentProps<typeof BaseSchemaField>;

/** What one rendered form keeps between the schemas it prepares (the same prepared node for the same node). */
export interface PrepareCache {
  conditions: ConditionCache;
  cells: WeakMap<Record<string, unknown>, Record<string, unknown>>;
}

export function createPrepareCache(): PrepareCache {
  return { conditions: createConditionCache(), cells: new WeakMap() };
}

/**
 * What a policy form's schema becomes before Formily reads it: its conditions as reactions, its cells named. Call
 * `commitConditions(cache.conditions)` after rendering a schema prepared with a cache that prepared one before.
 */
export function prepareFormSchema(schema: Readonly<Record<string, unknown>>, cache: PrepareCache = createPrepareCache()): Record<string, unknown> {
  return withCellLabels(withFormConditions(schema, cache.conditions), cache.cells);
}

/** Formily's SchemaField with our components, for a schema already prepared (prepareFormSchema). */
export const PreparedSchemaField = BaseSchemaField;

/**
 * Renders a policy form's Formily JSON Schema with our components, its CEL conditions (`x-visible-when`,
 * `x-required-when`) wired as reactions. Pass a memoised schema: a new object re-reads the conditions.
 */
export function SchemaField({ schema, ...rest }: SchemaFieldProps) {
  const [cache] = useState(createPrepareCache);
  const prepared = useMemo(() => (schema && typeof schema === 'object' ? prepareFormSchema(schema as Record<string, unknown>, cache) : schema), [schema, cache]);
  useLayoutEffect(() => commitConditions(cache.conditions), [prepared, cache]);
  return <BaseSchemaField {...rest} schema={prepared as SchemaFieldProps['schema']} />;
}
