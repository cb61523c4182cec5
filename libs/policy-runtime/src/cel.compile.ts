import { readFactKeys, type FactEnvironment, type FactType, type FactValues, type ResolvedFact } from '@banfa/policy-model';

/** One CEL expression, ready to run against a project's facts. */
export interface CelProgram {
  /** The fact keys the expression reads, in order of first appearance. */
  readonly keys: readonly string[];
  /** The expression's value, for facts that give every key. */
  readonly run: (values: FactValues) => unknown;
}

type CelType = 'bool' | 'int' | 'string';
type Run = (values: FactValues) => unknown;
interface Typed {
  type: CelType;
  run: Run;
}

const CEL_TYPE: Readonly<Record<FactType, CelType>> = { money: 'int', integer: 'int', boolean: 'bool', enum: 'string', date: 'string', string: 'string' };
const JS_TYPE: Readonly<Record<CelType, string>> = { bool: 'boolean', int: 'bigint', string: 'string' };

/**
 * Compiles a CEL condition once per document. cel-js parses and type-checks it; the common shape of conditions
 * (facts, literals, !, &&, ||, ==, !=, <, <=, >, >=, in [...], ?:) is then turned into a tree of small functions
 * built here, once, from cel-js's syntax tree (nothing is passed to eval or new Function). Anything else, an
 * expression that does not type-check, or facts whose values do not have their declared type, runs on cel-js
 * itself, so that the answer (or the error) is always cel-js's.
 */
export function compileCel(env: FactEnvironment, facts: ReadonlyMap<string, ResolvedFact>, expression: string): CelProgram {
  let interpreted: Run;
  try {
    interpreted = env.parse(expression) as unknown as Run;
  } catch (error) {
    // As before: a condition that does not parse fails the evaluation that reaches it, not the compilation.
    return { keys: [], run: () => { throw error; } };
  }
  const keys = readFactKeys(env, expression);
  const check = env.check(expression);
  const compiled = check.valid && check.type === 'bool' ? build((interpreted as unknown as { ast: unknown }).ast, facts) : undefined;
  if (compiled?.type !== 'bool') return { keys, run: interpreted };
  const fast = compiled.run;
  const expected = keys.map((key) => JS_TYPE[CEL_TYPE[facts.get(key)?.type ?? 'string']]);
  return {
    keys,
    run: (values) => {
      for (let i = 0; i < keys.length; i++) {
        if (typeof values[keys[i] as string] !== expected[i]) return interpreted(values);
      }
      return fast(values);
    },
  };
}

/** The function for one node of the syntax tree, or undefined when the node is outside the compiled subset. */
function build(node: unknown, facts: ReadonlyMap<string, ResolvedFact>): Typed | undefined {
  if (!node || typeof node !== 'object' || !('op' in node)) return undefined;
  const { op, args } = node as { op: string; args: unknown };
  const operands = Array.isArray(args) ? args.map((arg) => build(arg, facts)) : [];
  const [a, b, c] = operands;
  switch (op) {
    case 'value':
      return literal(args);
    case 'id': {
      const fact = typeof args === 'string' ? facts.get(args) : undefined;
      if (!fact) return undefined;
      const key = fact.key;
      return { type: CEL_TYPE[fact.type], run: (values) => values[key] };
    }
    case '!_': {
      const inner = build(args, facts);
      if (inner?.type !== 'bool') return undefined;
      const run = inner.run;
      return { type: 'bool', run: (values) => !run(values) };
    }
    case '&&':
    case '||': {
      if (operands.length !== 2 || a?.type !== 'bool' || b?.type !== 'bool') return undefined;
      const [left, right] = [a.run, b.run];
      return { type: 'bool', run: op === '&&' ? (values) => left(values) === true && right(values) === true : (values) => left(values) === true || right(values) === true };
    }
    case '==':
    case '!=': {
      if (operands.length !== 2 || !a || !b || a.type !== b.type) return undefined;
      const [left, right] = [a.run, b.run];
      return { type: 'bool', run: op === '==' ? (values) => left(values) === right(values) : (values) => left(values) !== right(values) };
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return operands.length === 2 && a?.type === 'int' && b?.type === 'int' ? comparison(op, a.run, b.run) : undefined;
    case 'in': {
      const list = Array.isArray(args) ? (args[1] as { op?: string; args?: unknown } | undefined) : undefined;
      if (operands.length !== 2 || !a || list?.op !== 'list' || !Array.isArray(list.args)) return undefined;
      const elements = list.args.map((element) => build(element, facts));
      if (elements.some((element) => element?.type !== a.type)) return undefined;
      const needle = a.run;
      const runs = elements.map((element) => (element as Typed).run);
      return {
        type: 'bool',
        run: (values) => {
          const value = needle(values);
          for (const element of runs) if (element(values) === value) return true;
          return false;
        },
      };
    }
    case '?:': {
      if (operands.length !== 3 || a?.type !== 'bool' || !b || !c || b.type !== c.type) return undefined;
      const [test, then, otherwise] = [a.run, b.run, c.run];
      return { type: b.type, run: (values) => (test(values) === true ? then(values) : otherwise(values)) };
    }
    default:
      return undefined;
  }
}

function literal(value: unknown): Typed | undefined {
  const type: CelType | undefined =
    typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : typeof value === 'bigint' ? 'int' : undefined;
  return type ? { type, run: () => value } : undefined;
}

function comparison(op: '<' | '<=' | '>' | '>=', left: Run, right: Run): Typed {
  // Both sides are int (bigint) here: the expression type-checked and every fact read has its declared type.
  switch (op) {
    case '<':
      return { type: 'bool', run: (values) => (left(values) as bigint) < (right(values) as bigint) };
    case '<=':
      return { type: 'bool', run: (values) => (left(values) as bigint) <= (right(values) as bigint) };
    case '>':
      return { type: 'bool', run: (values) => (left(values) as bigint) > (right(values) as bigint) };
    case '>=':
      return { type: 'bool', run: (values) => (left(values) as bigint) >= (right(values) as bigint) };
  }
}
