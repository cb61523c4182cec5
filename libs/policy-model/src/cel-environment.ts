import { Environment } from '@marcbachmann/cel-js';
import type { FactType } from './fact-catalogue';
import type { ResolvedFact } from './facts';

/**
 * CEL over the facts of a policy. Money facts are integers in 分, so thresholds compare exactly.
 * Expressions are parsed and type-checked by cel-js; nothing is ever passed to eval or new Function.
 */
export const CEL_TYPE: Readonly<Record<FactType, string>> = {
  money: 'int',
  integer: 'int',
  boolean: 'bool',
  enum: 'string',
  date: 'string',
  string: 'string',
};

export type FactEnvironment = Environment;

export function createFactEnvironment(facts: ReadonlyArray<ResolvedFact>): FactEnvironment {
  const env = new Environment({ unlistedVariablesAreDyn: false });
  // A key declared twice is a validation issue (checkPolicyReferences reports it); the first declaration is the one
  // conditions see, rather than an exception from cel-js while the document is being checked or edited.
  const registered = new Set<string>();
  for (const fact of facts) {
    if (registered.has(fact.key)) continue;
    registered.add(fact.key);
    env.registerVariable(fact.key, CEL_TYPE[fact.type], { description: fact.label });
  }
  return env;
}

export type CelCheck = { valid: true } | { valid: false; message: string };

/** Parses and type-checks a condition; it must yield a bool. */
export function checkCondition(env: FactEnvironment, expression: string): CelCheck {
  const result = env.check(expression);
  if (!result.valid) {
    return { valid: false, message: `条件表达式有误：${firstLine(result.error?.message ?? '无法解析')}` };
  }
  if (result.type !== 'bool') {
    return { valid: false, message: `条件表达式的结果应为 bool（是/否），实际为 ${String(result.type)}` };
  }
  return { valid: true };
}

interface AstNode {
  op: string;
  args: unknown;
}

/** The fact keys an expression reads, in order of first appearance. */
export function readFactKeys(env: FactEnvironment, expression: string): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object' || !('op' in node)) return;
    const ast = node as AstNode;
    if (ast.op === 'id' && typeof ast.args === 'string') found.add(ast.args);
    else visit(ast.args);
  };
  visit((env.parse(expression) as unknown as { ast: unknown }).ast);
  return [...found];
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
