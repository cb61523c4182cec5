import { Environment } from '@marcbachmann/cel-js';
import { CEL_TYPE, checkCondition, readFactKeys, type CelCheck } from './cel-environment';
import type { FactType } from './fact-catalogue';
import type { FactValues, ResolvedFact } from './facts';
import {
  CONDITION_KEYS,
  celTypeOf,
  dataFields,
  isConditionName,
  samePath,
  startsWith,
  walkSchema,
  type CelType,
  type ConditionKey,
  type SchemaNode,
  type VisitedNode,
} from './form-conditions.nodes';
import { boundFactValue, externalFactValue, fieldConditionValue } from './form-conditions.values';

/**
 * Conditions in forms: `x-visible-when` (the field, or a whole section, is shown only while it holds) and
 * `x-required-when` (the field must be filled while it holds), written in CEL over the fields around the node
 * (form-conditions.nodes.ts says which) and the document's facts by key. A fact reads the field bound to it
 * (`x-fact`) when this form has one, else the value given from outside (`factValues`: the 规则所需信息 answers).
 * Field names shadow fact keys. A condition that needs an unanswered value does not hold (CEL's && and || still
 * decide when their other side does); a condition that cannot be parsed never holds.
 *
 * Never eval or new Function: cel-js parses and evaluates. The browser (apps/web/src/formily) and the server
 * (validateFormValues) both evaluate through `conditionHolds`, so a field hidden in the browser is skipped on the
 * server and a field required there is required here.
 */
export interface FormConditionOptions {
  /** The document's facts, for type-checking conditions that read them. */
  facts?: ReadonlyArray<ResolvedFact>;
  /** Values of facts that no field of this form feeds. */
  factValues?: FactValues;
}

type VariableSource =
  | { kind: 'field'; name: string; levelLength: number; node: SchemaNode }
  | { kind: 'bound-fact'; fact: string; dataPath: string[]; node: SchemaNode }
  | { kind: 'fact'; fact: string };

export interface CompiledCondition {
  key: ConditionKey;
  expression: string;
  /** The variables the expression reads, with where each one's value comes from. */
  reads: ReadonlyArray<[string, VariableSource]>;
  program: ((context: Record<string, unknown>) => unknown) | null;
}

export interface NodeConditions {
  schemaPath: string[];
  visible?: CompiledCondition;
  required?: CompiledCondition;
}

/** A variable a condition at some node may read, for the designer's hints. */
export interface ConditionVariable {
  name: string;
  type: CelType;
  label: string;
  source: 'field' | 'fact';
}

const plans = new WeakMap<object, Map<SchemaNode, NodeConditions>>();
const lenient = new Environment({ unlistedVariablesAreDyn: true });
const programs = new Map<string, { program: CompiledCondition['program']; names: string[] }>();

/** The conditions of every node of a form, compiled once per schema object. */
export function formConditions(schema: Readonly<Record<string, unknown>>): ReadonlyMap<SchemaNode, NodeConditions> {
  const cached = plans.get(schema);
  if (cached) return cached;
  const plan = new Map<SchemaNode, NodeConditions>();
  const bound = boundFacts(schema as SchemaNode);
  walkSchema(schema as SchemaNode, (visited) => {
    const entry: NodeConditions = { schemaPath: visited.schemaPath };
    for (const key of CONDITION_KEYS) {
      const expression = visited.node[key];
      if (typeof expression !== 'string' || expression.trim() === '') continue;
      const scope = scopeAt(visited, bound, undefined);
      const { program, names } = parse(expression);
      const reads = names.flatMap((name): Array<[string, VariableSource]> => {
        const source = scope.get(name)?.source ?? { kind: 'fact', fact: name };
        return [[name, source]];
      });
      entry[key === 'x-visible-when' ? 'visible' : 'required'] = { key, expression, reads, program };
    }
    if (entry.visible || entry.required) plan.set(visited.node, entry);
  });
  plans.set(schema, plan);
  return plan;
}

/**
 * Whether a condition holds for the values of a form. `read` gives the raw value at a data path of the form;
 * `parentPath` is the data path of the object that holds the node (['dataItems', 3] for a cell of row 3).
 */
export function conditionHolds(
  condition: CompiledCondition,
  read: (dataPath: ReadonlyArray<string | number>) => unknown,
  parentPath: ReadonlyArray<string | number>,
  factValues?: FactValues,
): boolean {
  if (!condition.program) return false;
  const context: Record<string, unknown> = {};
  for (const [name, source] of condition.reads) {
    const value =
      source.kind === 'field' ? fieldConditionValue(source.node, read([...parentPath.slice(0, source.levelLength), source.name]))
      : source.kind === 'bound-fact' ? boundFactValue(undefined, source.node, read(source.dataPath))
      : externalFactValue(factValues?.[source.fact]);
    if (value !== undefined) context[name] = value;
  }
  try {
    return condition.program(context) === true;
  } catch {
    return false;
  }
}

/** The variables a condition at the node at `schemaPath` may read (fields first, then facts). */
export function conditionVariables(
  schema: Readonly<Record<string, unknown>>,
  schemaPath: ReadonlyArray<string>,
  options: FormConditionOptions = {},
): ConditionVariable[] {
  return conditionChecker(schema, options).variables(schemaPath);
}

/** Parses and type-checks a condition for the node at `schemaPath`; it must yield a bool. */
export function checkFieldCondition(
  schema: Readonly<Record<string, unknown>>,
  schemaPath: ReadonlyArray<string>,
  expression: string,
  options: FormConditionOptions = {},
): CelCheck & { hint?: string } {
  return conditionChecker(schema, options).check(schemaPath, expression);
}

export interface ConditionChecker {
  variables(schemaPath: ReadonlyArray<string>): ConditionVariable[];
  check(schemaPath: ReadonlyArray<string>, expression: string): CelCheck & { hint?: string };
}

/**
 * Checks conditions anywhere in one form with one walk of its schema (a designer checks every condition of a form
 * of hundreds of fields after each edit).
 */
export function conditionChecker(schema: Readonly<Record<string, unknown>>, options: FormConditionOptions = {}): ConditionChecker {
  const nodes = new Map<string, VisitedNode>();
  walkSchema(schema as SchemaNode, (visited) => nodes.set(visited.schemaPath.join('\u0000'), visited));
  const bound = boundFacts(schema as SchemaNode);
  const variables = (schemaPath: ReadonlyArray<string>): ConditionVariable[] => {
    const found = nodes.get(schemaPath.join('\u0000'));
    return found ? [...scopeAt(found, bound, options.facts).values()].map((variable) => variable.info) : [];
  };
  const check = (schemaPath: ReadonlyArray<string>, expression: string): CelCheck & { hint?: string } => {
    const known = variables(schemaPath);
    const env = new Environment({ unlistedVariablesAreDyn: false });
    for (const variable of known) {
      if (typeof variable.type === 'string') env.registerVariable(variable.name, variable.type, { description: variable.label });
      else env.registerVariable({ name: variable.name, schema: variable.type, description: variable.label });
    }
    const result = checkCondition(env, expression);
    if (result.valid) return result;
    const hint = /Unknown variable/i.test(result.message)
      ? known.length > 0
        ? `条件只能读取本表的其他字段和政策的事实：${known.map((variable) => variable.name).join('、')}`
        : '本表还没有可读取的字段或事实'
      : /overload|type/i.test(result.message)
        ? '金额字段和金额类事实是以“分”为单位的整数（例如 50万元 写作 50000000），数字字段是小数，选项是字符串（加引号）'
        : 'CEL 语法参见 https://cel.dev ；例如 constructionNature == "other" 或 totalInvestment > 50000000';
    return { ...result, hint };
  };
  return { variables, check };
}

/** Every condition of a form that does not parse or type-check, with the schema path of its key. */
export function checkFormConditions(
  schema: Readonly<Record<string, unknown>>,
  options: FormConditionOptions = {},
): Array<{ path: string[]; message: string; hint?: string }> {
  const issues: Array<{ path: string[]; message: string; hint?: string }> = [];
  const checker = conditionChecker(schema, options);
  walkSchema(schema as SchemaNode, (visited) => {
    for (const key of CONDITION_KEYS) {
      const expression = visited.node[key];
      if (expression === undefined) continue;
      if (typeof expression !== 'string' || expression.trim() === '') {
        issues.push({ path: [...visited.schemaPath, key], message: '条件应为 CEL 表达式（文本）' });
        continue;
      }
      const result = checker.check(visited.schemaPath, expression);
      if (!result.valid) issues.push({ path: [...visited.schemaPath, key], message: result.message, ...(result.hint ? { hint: result.hint } : {}) });
    }
  });
  return issues;
}

interface ScopeEntry {
  source: VariableSource;
  info: ConditionVariable;
}

interface BoundFact {
  fact: string;
  dataPath: string[];
  node: SchemaNode;
  schemaPath: string[];
}

/** Fields bound to facts outside any array (a fact has one value per form). */
function boundFacts(root: SchemaNode): Map<string, BoundFact> {
  const bound = new Map<string, BoundFact>();
  walkSchema(root, (visited) => {
    const fact = visited.node['x-fact'];
    if (typeof fact !== 'string' || visited.inRows || visited.node['type'] === 'void' || bound.has(fact)) return;
    const level = visited.levels[visited.levels.length - 1];
    bound.set(fact, { fact, dataPath: [...(level?.pattern ?? []), visited.name], node: visited.node, schemaPath: visited.schemaPath });
  });
  return bound;
}

function scopeAt(visited: VisitedNode, bound: Map<string, BoundFact>, facts: ReadonlyArray<ResolvedFact> | undefined): Map<string, ScopeEntry> {
  const scope = new Map<string, ScopeEntry>();
  const excluded = (path: string[]) => startsWith(path, visited.schemaPath) || visited.ancestors.some((ancestor) => samePath(ancestor, path));
  for (const level of [...visited.levels].reverse()) {
    for (const field of dataFields(level.container, level.schemaPath)) {
      if (scope.has(field.name) || !isConditionName(field.name) || excluded(field.schemaPath)) continue;
      const label = typeof field.node['title'] === 'string' ? field.node['title'] : columnTitle(level.container, field.name) ?? field.name;
      scope.set(field.name, {
        source: { kind: 'field', name: field.name, levelLength: level.pattern.length, node: field.node },
        info: { name: field.name, type: celTypeOf(field.node), label, source: 'field' },
      });
    }
  }
  const types = new Map<string, ResolvedFact>((facts ?? []).map((fact) => [fact.key, fact]));
  const keys = new Set([...bound.keys(), ...types.keys()]);
  for (const key of keys) {
    if (scope.has(key) || !isConditionName(key)) continue;
    const fact = types.get(key);
    const binding = bound.get(key);
    if (binding && excluded(binding.schemaPath)) continue;
    // A bound fact reads its field, so it has the field's type (an integer fact in a text input reads as text).
    const type: CelType | undefined = binding ? celTypeOf(binding.node) : fact ? CEL_TYPE[fact.type as FactType] : undefined;
    if (type === undefined) continue;
    scope.set(key, {
      source: binding ? { kind: 'bound-fact', fact: key, dataPath: binding.dataPath, node: binding.node } : { kind: 'fact', fact: key },
      info: { name: key, type, label: fact?.label ?? key, source: 'fact' },
    });
  }
  return scope;
}

/** The title of an array table's column holding the field `name` (the seed forms title columns, not cells). */
function columnTitle(container: SchemaNode, name: string): string | undefined {
  for (const column of Object.values((container['properties'] ?? {}) as Record<string, SchemaNode>)) {
    const inner = (column['properties'] ?? {}) as Record<string, SchemaNode>;
    const title = (column['x-component-props'] as { title?: unknown } | undefined)?.title;
    if (column['type'] === 'void' && name in inner && typeof title === 'string') return title;
  }
  return undefined;
}

function parse(expression: string): { program: CompiledCondition['program']; names: string[] } {
  let entry = programs.get(expression);
  if (!entry) {
    try {
      const program = lenient.parse(expression);
      entry = { program: (context) => program(context), names: readFactKeys(lenient, expression) };
    } catch {
      entry = { program: null, names: [] };
    }
    // The cache is bounded by the conditions authors write; a designer typing a condition adds one per keystroke.
    if (programs.size > 2000) programs.clear();
    programs.set(expression, entry);
  }
  return entry;
}
