import { explainCondition, formatMoney, MoneyFormatError, parseMoney, type FactEnvironment, type ResolvedFact } from '@banfa/policy-model';
import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { formatQuery } from 'react-querybuilder/formatQuery';
import { parseCEL, type CELExpression } from 'react-querybuilder/parseCEL';
import { canonicalCel } from './cel-canonical';

/**
 * Between a CEL condition and the visual builder's query. In CEL a money fact is an integer of 分 (the runtime's
 * representation, see policy-runtime cel.compile.ts); in the builder the admin types 万元, as the regulations write
 * amounts. The conversion is exact both ways (decimal strings and bigint, never floats).
 */
export const BUILDER_MONEY_UNIT = '万元';

export type CelToQuery = { ok: true; query: RuleGroupType } | { ok: false; reason: string };
export type QueryToCel = { ok: true; cel: string } | { ok: false; reason: string };

const RELATION: Readonly<Record<string, string>> = { '=': '==', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

export function emptyQuery(): RuleGroupType {
  return { combinator: 'and', rules: [] };
}

/** Reads a condition into the builder, or says why it cannot be shown there (the text editor then takes it). */
export function celToQuery(expression: string, facts: ReadonlyArray<ResolvedFact>, env: FactEnvironment): CelToQuery {
  if (expression.trim() === '') return { ok: true, query: emptyQuery() };
  const check = explainCondition(env, expression, facts);
  if (!check.valid) return { ok: false, reason: `表达式有误，请先在“表达式”中修正：${check.message}` };

  const byKey = new Map(facts.map((fact) => [fact.key, fact]));
  let query: RuleGroupType;
  try {
    query = parseCEL(expression, { customExpressionHandler: bareFact, listsAsArrays: true, bigIntOnOverflow: true });
  } catch {
    return { ok: false, reason: '可视化编辑器无法读取此表达式' };
  }
  const problem = readValues(query, byKey);
  if (problem) return { ok: false, reason: problem };

  const written = queryToCel(query, facts);
  if (!written.ok || canonicalCel(env, written.cel) !== canonicalCel(env, expression)) {
    return { ok: false, reason: '表达式含有可视化编辑器不能表示的部分（如函数、算术运算、条件分支或事实之间的比较）' };
  }
  return { ok: true, query };
}

/** Writes the builder's query as CEL the runtime accepts, or says which rule is not complete yet. */
export function queryToCel(query: RuleGroupType, facts: ReadonlyArray<ResolvedFact>): QueryToCel {
  const byKey = new Map(facts.map((fact) => [fact.key, fact]));
  const problem = incomplete(query, byKey, true);
  if (problem) return { ok: false, reason: problem };
  const cel = formatQuery(query, { format: 'cel', ruleProcessor: (rule: RuleType) => ruleCel(rule, byKey.get(rule.field) as ResolvedFact) });
  return { ok: true, cel };
}

/** `involvesCryptography` alone reads as `involvesCryptography == true` (parseCEL drops a bare identifier otherwise). */
function bareFact(expression: CELExpression): RuleType | null {
  if (expression.type === 'Identifier') return { field: (expression as unknown as { value: string }).value, operator: '=', value: true };
  return null;
}

/** Turns parsed literals into what the builder edits: 分 into a 万元 decimal string, integers into strings. */
function readValues(group: RuleGroupType, facts: ReadonlyMap<string, ResolvedFact>): string | null {
  for (const item of group.rules) {
    if (typeof item === 'string') continue;
    if ('rules' in item) {
      const inner = readValues(item, facts);
      if (inner) return inner;
      continue;
    }
    const fact = facts.get(item.field);
    if (!fact) return `未声明的事实“${item.field}”`;
    if (fact.type === 'string') return `可视化编辑器不支持文字类事实“${fact.label}”`;
    const value: unknown = item.value;
    if (fact.type === 'money' || fact.type === 'integer') {
      if (!(typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value)))) return `“${fact.label}”须与整数比较`;
      item.value = fact.type === 'money' ? formatMoney(BigInt(value), BUILDER_MONEY_UNIT) : String(value);
    }
  }
  return null;
}

function incomplete(group: RuleGroupType, facts: ReadonlyMap<string, ResolvedFact>, top: boolean): string | null {
  const rules = group.rules.filter((item) => typeof item !== 'string');
  if (rules.length === 0) return top ? '请添加至少一条条件' : '条件组中还没有条件';
  for (const item of rules) {
    if ('rules' in item) {
      const inner = incomplete(item, facts, false);
      if (inner) return inner;
      continue;
    }
    const fact = facts.get(item.field);
    if (!fact) return `请选择事实（“${item.field}”未声明）`;
    const problem = valueProblem(item, fact);
    if (problem) return `“${fact.label}”：${problem}`;
  }
  return null;
}

function valueProblem(rule: RuleType, fact: ResolvedFact): string | null {
  const value: unknown = rule.value;
  switch (fact.type) {
    case 'money':
      try {
        parseMoney(String(value ?? ''), BUILDER_MONEY_UNIT);
        return null;
      } catch (error) {
        return error instanceof MoneyFormatError ? error.reason : '金额无效';
      }
    case 'integer':
      return /^-?\d+$/.test(String(value ?? '').trim()) ? null : '请填写整数';
    case 'boolean':
      return typeof value === 'boolean' ? null : '请选择“是”或“否”';
    case 'enum':
    case 'date':
    case 'string': {
      const values = listOf(value);
      if (rule.operator === 'in' || rule.operator === 'notIn') return values.length > 0 ? null : '请至少选择一项';
      if (values.length !== 1 || values[0] === '') return fact.type === 'date' ? '请选择日期' : '请选择一项';
      return null;
    }
  }
}

function ruleCel(rule: RuleType, fact: ResolvedFact): string {
  const literal = (value: unknown): string => {
    switch (fact.type) {
      case 'money':
        return parseMoney(String(value), BUILDER_MONEY_UNIT).toString();
      case 'integer':
        return BigInt(String(value).trim()).toString();
      case 'boolean':
        return value === true ? 'true' : 'false';
      default:
        return JSON.stringify(String(value));
    }
  };
  if (rule.operator === 'in' || rule.operator === 'notIn') {
    const list = `${rule.field} in [${listOf(rule.value).map(literal).join(', ')}]`;
    return rule.operator === 'in' ? list : `!(${list})`;
  }
  const value = fact.type === 'enum' || fact.type === 'date' || fact.type === 'string' ? listOf(rule.value)[0] : rule.value;
  return `${rule.field} ${RELATION[rule.operator] ?? rule.operator} ${literal(value)}`;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value === '' ? [] : value.split(',').map((part) => part.trim());
  return value === undefined || value === null ? [] : [String(value)];
}
