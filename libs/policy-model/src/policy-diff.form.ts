import { canonicalJson } from './canonical-json';
import { formatCitation } from './citation';
import type { FormPrint } from './form-print.schema';
import type { PolicyForm } from './policy-document.schema';
import type { ChangeCollector, ElementRef, ElementSpec } from './policy-diff.collector';
import { matchByKey } from './policy-diff.match';

type SchemaNode = Record<string, unknown>;

/** A field of a form's Formily schema, known by its path of property names (`basic.projectName`, `items[].name`). */
interface FormField {
  path: string;
  title: string;
  /** Its own settings, without the fields nested in it. */
  own: SchemaNode;
}

const FORM: ElementSpec<PolicyForm> = {
  ref: formRef,
  fields: [{ key: 'title', label: '标题', value: (form) => form.title, text: (form) => form.title }],
  cite: (form) => form.cite,
  summary: (form) => `${formFields(form.schema).length} 个字段`,
  nested: diffFormFields,
};

/** The parts of a form's paper layout (`print`), as a reader calls them. */
const PRINT_PART_LABEL: Readonly<Record<keyof FormPrint, string>> = {
  sealLine: '盖章行',
  sections: '分节印法',
  defaultSection: '默认分节印法',
  rows: '同行字段',
  stacks: '纵向合并字段',
  hideTitles: '不印标题的分组或清单',
  opinions: '意见栏',
  signatures: '盖章签字栏',
  notesAfter: '节后注',
  lists: '清单印法',
  defaultMinRows: '清单默认行数',
};

/** Forms, compared field by field, then by their paper layout. */
export function diffForms(collector: ChangeCollector): void {
  collector.elements(matchByKey(collector.before.doc.forms, collector.after.doc.forms, (form) => form.id), FORM);
}

function formRef(form: PolicyForm): ElementRef {
  return {
    element: 'form',
    kind: 'form',
    id: form.id,
    path: `forms[${form.id}]`,
    label: `表单“${form.title}”`,
    name: form.title,
    citeText: formatCitation(form.cite),
  };
}

function diffFormFields(collector: ChangeCollector, before: PolicyForm, after: PolicyForm): void {
  const ref = formRef(after);
  const [rootBefore, rootAfter] = [withoutChildren(before.schema), withoutChildren(after.schema)];
  if (canonicalJson(rootBefore) !== canonicalJson(rootAfter)) {
    collector.field(ref, { key: 'schema', label: '表单设置' }, canonicalJson(rootBefore), canonicalJson(rootAfter));
  }
  for (const pair of matchByKey(formFields(before.schema), formFields(after.schema), (field) => field.path)) {
    const path = `${ref.path}.schema.${pair.key}`;
    if (pair.before === undefined && pair.after !== undefined) {
      collector.push(ref, 'form', 'added', path, undefined, pair.after.title, `${ref.label}新增字段“${pair.after.title}”（${pair.key}）`);
    } else if (pair.after === undefined && pair.before !== undefined) {
      collector.push(ref, 'form', 'removed', path, pair.before.title, undefined, `${ref.label}删除字段“${pair.before.title}”（${pair.key}）`);
    } else if (pair.before && pair.after && canonicalJson(pair.before.own) !== canonicalJson(pair.after.own)) {
      const changed = changedKeys(pair.before.own, pair.after.own);
      collector.push(
        ref,
        'form',
        'changed',
        path,
        canonicalJson(pair.before.own),
        canonicalJson(pair.after.own),
        `${ref.label}的字段“${pair.after.title}”（${pair.key}）修改了 ${changed.join('、')}`,
      );
    }
  }
  diffPrint(collector, ref, before.print, after.print);
}

/** A form's paper layout: one change naming the parts (同行字段, 盖章签字栏 …) that differ. */
function diffPrint(collector: ChangeCollector, ref: ElementRef, before: FormPrint | undefined, after: FormPrint | undefined): void {
  if (canonicalJson(before ?? null) === canonicalJson(after ?? null)) return;
  const path = `${ref.path}.print`;
  const parts = (keys: ReadonlyArray<keyof FormPrint>) => keys.map((key) => PRINT_PART_LABEL[key]).join('、');
  const keys = (Object.keys(PRINT_PART_LABEL) as Array<keyof FormPrint>).filter((key) => canonicalJson(before?.[key] ?? null) !== canonicalJson(after?.[key] ?? null));
  if (before === undefined && after !== undefined) {
    collector.push(ref, 'form', 'added', path, undefined, canonicalJson(after), `${ref.label}新增打印版式${keys.length > 0 ? `：${parts(keys)}` : ''}`);
  } else if (after === undefined && before !== undefined) {
    collector.push(ref, 'form', 'removed', path, canonicalJson(before), undefined, `${ref.label}删除打印版式（改按默认版式打印）`);
  } else {
    collector.push(ref, 'form', 'changed', path, canonicalJson(before), canonicalJson(after), `${ref.label}的打印版式修改了 ${parts(keys)}`);
  }
}

function formFields(schema: SchemaNode): FormField[] {
  const fields: FormField[] = [];
  const visit = (node: SchemaNode, prefix: string) => {
    const properties = node['properties'];
    if (!isNode(properties)) return;
    for (const [name, child] of Object.entries(properties)) {
      if (!isNode(child)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      fields.push({ path, title: titleOf(child) ?? name, own: withoutChildren(child) });
      visit(child, path);
      const items = child['items'];
      if (isNode(items)) visit(items, `${path}[]`);
    }
  };
  visit(schema, '');
  return fields;
}

/** A node's settings without its nested fields (an array's item settings stay, its item fields go). */
function withoutChildren(node: SchemaNode): SchemaNode {
  const { properties: _properties, items, ...own } = node;
  return isNode(items) ? { ...own, items: withoutChildren(items) } : items === undefined ? own : { ...own, items };
}

function titleOf(node: SchemaNode): string | undefined {
  const props = node['x-component-props'];
  const title = node['title'] ?? (isNode(props) ? props['title'] : undefined);
  return typeof title === 'string' ? title : undefined;
}

function changedKeys(before: SchemaNode, after: SchemaNode): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((key) => canonicalJson(before[key]) !== canonicalJson(after[key]));
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
