import type { FormPrint } from './form-print.schema';
import type { PolicyDocument } from './policy-document.schema';
import type { PolicyIssue } from './policy-issue';

type Path = Array<string | number>;
type SchemaNode = Record<string, unknown>;

/** The names a form's `print` may refer to, by what they are in the form's Formily schema. */
interface SchemaNames {
  /** Void nodes with fields (分节). */
  sections: Set<string>;
  /** Value fields outside lists (groups' fields included). */
  fields: Set<string>;
  /** Fields whose value sits at the top of the form's values (only void nodes above them). */
  topFields: Set<string>;
  /** Objects with fields (分组). */
  groups: Set<string>;
  /** Arrays (清单), with the fields of their rows. */
  lists: Map<string, Set<string>>;
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

function childrenOf(node: SchemaNode): Array<[string, SchemaNode]> {
  const properties = node['properties'];
  return isNode(properties) ? Object.entries(properties).filter((entry): entry is [string, SchemaNode] => isNode(entry[1])) : [];
}

function schemaNames(schema: SchemaNode): SchemaNames {
  const names: SchemaNames = { sections: new Set(), fields: new Set(), topFields: new Set(), groups: new Set(), lists: new Map() };
  const rowFields = (node: SchemaNode, into: Set<string>) => {
    for (const [name, child] of childrenOf(node)) {
      if (child['type'] !== 'void' && childrenOf(child).length === 0) into.add(name);
      rowFields(child, into);
    }
  };
  const visit = (node: SchemaNode, top: boolean) => {
    for (const [name, child] of childrenOf(node)) {
      const type = child['type'];
      if (type === 'array') {
        const columns = new Set<string>();
        if (isNode(child['items'])) rowFields(child['items'], columns);
        names.lists.set(name, columns);
      } else if (type === 'void') {
        if (childrenOf(child).length > 0) names.sections.add(name);
        visit(child, top);
      } else if (childrenOf(child).length > 0) {
        names.groups.add(name);
        visit(child, false);
      } else {
        names.fields.add(name);
        if (top) names.topFields.add(name);
      }
    }
  };
  visit(schema, true);
  return names;
}

/**
 * Checks that a form's `print` names what the form's schema has: fields in rows, stacks, opinions and the seal line,
 * sections in sections, notesAfter and signatures.before, lists (and their columns) in lists, groups or lists in
 * hideTitles. A misspelt name would otherwise be ignored silently and the paper would not look as the regulation's.
 */
export function checkFormPrint(doc: PolicyDocument): Array<PolicyIssue & { atKey?: boolean }> {
  const issues: Array<PolicyIssue & { atKey?: boolean }> = [];
  doc.forms.forEach((form, index) => {
    if (form.print) checkOne(form.print, schemaNames(form.schema), ['forms', index, 'print'], issues);
  });
  return issues;
}

function checkOne(print: FormPrint, names: SchemaNames, base: Path, issues: Array<PolicyIssue & { atKey?: boolean }>): void {
  const listed = (set: Iterable<string>) => [...set].join('、') || '（无）';
  const report = (path: Path, message: string, hint: string, atKey = false) => issues.push({ path: [...base, ...path], message, hint, ...(atKey ? { atKey } : {}) });
  const field = (name: string, path: Path, atKey = false) => {
    if (!names.fields.has(name)) {
      report(path, `打印版式引用了表单中没有的字段“${name}”`, `此处须写 schema 中字段的属性名（不是标题），本表单的字段有：${listed(names.fields)}`, atKey);
    }
  };
  const section = (name: string, path: Path, atKey = false) => {
    if (!names.sections.has(name)) {
      report(path, `打印版式引用了表单中没有的分节“${name}”`, `此处须写 schema 中分节（type: void）的属性名，本表单的分节有：${listed(names.sections)}`, atKey);
    }
  };

  if (print.sealLine) {
    for (const key of ['field', 'dateField'] as const) {
      const name = print.sealLine[key];
      if (name === undefined) continue;
      if (!names.fields.has(name)) field(name, ['sealLine', key]);
      else if (!names.topFields.has(name)) report(['sealLine', key], `盖章行只能引用不在分组或清单内的字段，“${name}”不是`, '把该字段移出分组（type: object），或改用其他字段');
    }
  }
  Object.keys(print.sections ?? {}).forEach((name) => section(name, ['sections', name], true));
  Object.keys(print.notesAfter ?? {}).forEach((name) => section(name, ['notesAfter', name], true));
  if (print.signatures?.before !== undefined) section(print.signatures.before, ['signatures', 'before']);
  print.rows?.forEach((row, r) =>
    row.forEach((name, c) => {
      if (name !== null) field(name, ['rows', r, c]);
    }),
  );
  for (const [name, stacked] of Object.entries(print.stacks ?? {})) {
    field(name, ['stacks', name], true);
    stacked.forEach((child, i) => field(child, ['stacks', name, i]));
  }
  for (const [name, opinion] of Object.entries(print.opinions ?? {})) {
    field(name, ['opinions', name], true);
    if (opinion.signer !== undefined) field(opinion.signer, ['opinions', name, 'signer']);
  }
  print.hideTitles?.forEach((name, i) => {
    if (!names.groups.has(name) && !names.lists.has(name)) {
      report(['hideTitles', i], `打印版式引用了表单中没有的分组或清单“${name}”`, `此处须写 schema 中分组（type: object）或清单（type: array）的属性名，本表单有：${listed([...names.groups, ...names.lists.keys()])}`);
    }
  });
  for (const [name, list] of Object.entries(print.lists ?? {})) {
    const columns = names.lists.get(name);
    if (!columns) {
      report(['lists', name], `打印版式引用了表单中没有的清单“${name}”`, `此处须写 schema 中清单（type: array）的属性名，本表单的清单有：${listed(names.lists.keys())}`, true);
      continue;
    }
    list.totals?.forEach((column, i) => {
      if (!columns.has(column)) {
        report(['lists', name, 'totals', i], `清单“${name}”没有字段“${column}”，无法合计`, `此处须写清单每行中字段的属性名，清单“${name}”的字段有：${listed(columns)}`);
      }
    });
  }
}
