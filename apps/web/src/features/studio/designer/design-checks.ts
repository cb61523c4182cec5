import { conditionChecker, type ResolvedFact } from '@banfa/policy-model';
import { hasOptions, type SchemaNode } from './design-kinds';
import { keyProblem } from './design-ops';
import { optionsOf } from './design-props';
import { designTree, schemaPathOf, type DesignNode } from './design-tree';
import { factMismatch } from './fact-compat';
import { KNOWN_COMPONENTS } from './schema-json';

export interface DesignIssue {
  path: string[];
  message: string;
}

const CONDITION_LABEL = { 'x-visible-when': '显示条件', 'x-required-when': '必填条件' } as const;

/**
 * What is wrong with a form as designed, per node: names, components, options, conditions (type-checked against
 * the form's fields and the document's facts) and the facts fields feed. The designer shows them at the node; the
 * document's validation reports the conditions again at their YAML line.
 */
export function designIssues(schema: SchemaNode, facts: ReadonlyArray<ResolvedFact>): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const factByKey = new Map(facts.map((fact) => [fact.key, fact]));
  const fedBy = new Map<string, DesignNode>();
  const report = (node: DesignNode, message: string) => issues.push({ path: node.path, message });
  const conditions = conditionChecker(schema, { facts });

  const visit = (nodes: DesignNode[], scope: Map<string, DesignNode>, inTable: boolean) => {
    for (const node of nodes) {
      const isVoid = node.kind === 'section' || node.field['type'] === 'void';
      const problem = keyProblem(node.key);
      if (problem) report(node, problem);
      if (!isVoid) {
        const other = scope.get(node.key);
        if (other) report(node, `字段名“${node.key}”与「${other.title}」重复：同一层级的字段须各有其名`);
        else scope.set(node.key, node);
      }
      const component = node.field['x-component'];
      if (node.kind === 'unknown' && typeof component === 'string' && !KNOWN_COMPONENTS.has(component)) report(node, `未知组件“${component}”`);
      if (hasOptions(node.kind)) {
        const values = optionsOf(node.field).map((option) => String(option.value));
        if (values.length === 0) report(node, '请至少添加一个选项');
        const repeated = values.find((value, index) => values.indexOf(value) !== index);
        if (repeated !== undefined) report(node, `选项值“${repeated}”重复`);
        if (values.some((value) => value === '')) report(node, '选项值不能为空');
      }
      if (node.kind === 'table' && (node.children ?? []).length === 0) report(node, '表格还没有列：从组件栏添加字段到表格中');
      for (const key of ['x-visible-when', 'x-required-when'] as const) {
        const expression = node.field[key];
        if (expression === undefined) continue;
        const check = typeof expression === 'string' ? conditions.check(schemaPathOf(schema, node.path), expression) : null;
        if (!check) report(node, `${CONDITION_LABEL[key]}应是 CEL 表达式`);
        else if (!check.valid) report(node, `${CONDITION_LABEL[key]}：${check.message}`);
      }
      const factKey = node.field['x-fact'];
      if (typeof factKey === 'string') {
        const fact = factByKey.get(factKey);
        if (inTable) report(node, '表格中的字段每行一个值，不能对应事实');
        else if (!fact) report(node, `对应的事实“${factKey}”未在本政策的 facts 中声明`);
        else {
          const mismatch = factMismatch(fact, node.kind, node.field);
          if (mismatch) report(node, mismatch);
        }
        const earlier = fedBy.get(factKey);
        if (earlier) report(node, `事实“${factKey}”已由「${earlier.title}」填写，一个事实只能对应一个字段`);
        else fedBy.set(factKey, node);
      }
      if (node.children) {
        const ownScope = node.kind === 'group' || node.kind === 'table';
        visit(node.children, ownScope ? new Map() : scope, inTable || node.kind === 'table');
      }
    }
  };
  visit(designTree(schema), new Map(), false);
  return issues;
}
