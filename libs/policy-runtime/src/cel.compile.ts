import { readFactKeys, type FactEnvironment, type FactType, type FactValues, type ResolvedFact } from '@banfa/policy-model';
import type { Truth } from './compiled-condition.types';
import { FactSlot } from './fact-reading.slots';
import { PlainFacts, type FactReader } from './fact-row';

/** One CEL expression, ready to run against a project's facts. */
export interface CelProgram {
  /** The fact keys the expression reads, in order of first appearance. */
  readonly keys: readonly string[];
  /** Their slots, in the same order. */
  readonly slots: readonly FactSlot[];
  /** The expression's value, for facts that give every key. */
  readonly read: (row: FactReader) => unknown;
  /** Whether the expression holds: 'unknown' when a fact it reads is not given. */
  readonly decide: (row: FactReader) => Truth;
  /** The same, for facts as a plain object. */
  readonly run: (values: FactValues) => unknown;
}

type CelType = 'bool' | 'int' | 'string';
type Run = (row: FactReader) => unknown;
type Interpreted = (values: FactValues) => unknown;
interface Typed {
  type: CelType;
  run: Run;
}

const CEL_TYPE: Readonly<Record<FactType, CelType>> = { money: 'int', integer: 'int', boolean: 'bool', enum: 'string', date: 'string', string: 'string' };
const JS_TYPE: Readonly<Record<CelType, string>> = { bool: 'boolean', int: 'bigint', string: 'string' };

/**
 * Compiles a CEL condition once per document. cel-js parses and type-checks it; the common shape of conditions
 * (facts, literals, !, &&, ||, ==, !=, <, <=, >, >=, in [...], ?:) is then turned into a tree of small functions
 * built here, once, from cel-js's syntax tree (nothing is passed to eval or new Function), which read the facts by
 * their slots. Anything else, an expression that does not type-check, or facts whose values do not have their
 * declared type, runs on cel-js itself, so that the answer (or the error) is always cel-js's.
 */
export function compileCel(
  env: FactEnvironment,
  facts: ReadonlyMap<string, ResolvedFact>,
  expression: string,
  slotOf: (key: string) => FactSlot = (key) => new FactSlot(key, facts.get(key), -1),
): CelProgram {
  let interpreted: Interpreted;
  try {
    interpreted = env.parse(expression) as unknown as Interpreted;
  } catch (error) {
    // As before: a condition that does not parse fails the evaluation that reaches it, not the compilation.
    const fail = () => {
      throw error;
    };
    return { keys: [], slots: [], read: fail, decide: fail, run: fail };
  }
  const keys = readFactKeys(env, expression);
  const slots = keys.map(slotOf);
  const check = env.check(expression);
  const ast = (interpreted as unknown as { ast: unknown }).ast;
  const compiled = check.valid && check.type === 'bool' ? build(ast, facts, slotOf) : undefined;
  if (compiled?.type !== 'bool') {
    const decide = (row: FactReader): Truth => {
      // A condition on a fact nobody has given yet is unknown, not false.
      for (let i = 0; i < slots.length; i++) if (row.value(slots[i] as FactSlot) === undefined) return 'unknown';
      return interpreted(row.facts) === true;
    };
    return { keys, slots, read: (row) => interpreted(row.facts), decide, run: interpreted };
  }
  const fast = compiled.run;
  const expected = keys.map((key) => JS_TYPE[CEL_TYPE[facts.get(key)?.type ?? 'string']]);
  const read = (row: FactReader): unknown => {
    for (let i = 0; i < slots.length; i++) {
      if (typeof row.value(slots[i] as FactSlot) !== expected[i]) return interpreted(row.facts);
    }
    return fast(row);
  };
  return { keys, slots, read, decide: decider(ast, slots, expected, fast, interpreted), run: (values) => read(new PlainFacts(values)) };
}

/**
 * Whether a compiled expression holds, each fact read once: 'unknown' when one is not given (whatever the others
 * are), cel-js's answer when one does not have its declared type, else the compiled tree's. A lone yes/no fact, the
 * most common condition, is its own answer.
 */
function decider(ast: unknown, slots: readonly FactSlot[], expected: readonly string[], fast: Run, interpreted: Interpreted): (row: FactReader) => Truth {
  const only = slots[0];
  if (slots.length === 1 && only && expected[0] === 'boolean' && (ast as { op?: unknown } | undefined)?.op === 'id') {
    return (row) => {
      const value = row.value(only);
      if (value === undefined) return 'unknown';
      return typeof value === 'boolean' ? value : interpreted(row.facts) === true;
    };
  }
  return (row) => {
    let typed = true;
    for (let i = 0; i < slots.length; i++) {
      const value = row.value(slots[i] as FactSlot);
      if (value === undefined) return 'unknown';
      if (typeof value !== expected[i]) typed = false;
    }
    return (typed ? fast(row) : interpreted(row.facts)) === true;
  };
}

/** The function for one node of the syntax tree, or undefined when the node is outside the compiled subset. */
function build(node: unknown, facts: ReadonlyMap<string, ResolvedFact>, slotOf: (key: string) => FactSlot): Typed | undefined {
  if (!node || typeof node !== 'object' || !('op' in node)) return undefined;
  const { op, args } = node as { op: string; args: unknown };
  const operands = Array.isArray(args) ? args.map((arg) => build(arg, facts, slotOf)) : [];
  const [a, b, c] = operands;
  switch (op) {
    case 'value':
      return literal(args);
    case 'id': {
      const fact = typeof args === 'string' ? facts.get(args) : undefined;
      if (!fact) return undefined;
      const slot = slotOf(fact.key);
      return { type: CEL_TYPE[fact.type], run: (row) => row.value(slot) };
    }
    case '!_': {
      const inner = build(args, facts, slotOf);
      if (inner?.type !== 'bool') return undefined;
      const run = inner.run;
      return { type: 'bool', run: (row) => !run(row) };
    }
    case '&&':
    case '||': {
      if (operands.length !== 2 || a?.type !== 'bool' || b?.type !== 'bool') return undefined;
      const [left, right] = [a.run, b.run];
      return { type: 'bool', run: op === '&&' ? (row) => left(row) === true && right(row) === true : (row) => left(row) === true || right(row) === true };
    }
    case '==':
    case '!=': {
      if (operands.length !== 2 || !a || !b || a.type !== b.type) return undefined;
      const [left, right] = [a.run, b.run];
      return { type: 'bool', run: op === '==' ? (row) => left(row) === right(row) : (row) => left(row) !== right(row) };
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return operands.length === 2 && a?.type === 'int' && b?.type === 'int' ? comparison(op, a.run, b.run) : undefined;
    case 'in': {
      const list = Array.isArray(args) ? (args[1] as { op?: string; args?: unknown } | undefined) : undefined;
      if (operands.length !== 2 || !a || list?.op !== 'list' || !Array.isArray(list.args)) return undefined;
      const elements = list.args.map((element) => build(element, facts, slotOf));
      if (elements.some((element) => element?.type !== a.type)) return undefined;
      const needle = a.run;
      const runs = elements.map((element) => (element as Typed).run);
      return {
        type: 'bool',
        run: (row) => {
          const value = needle(row);
          for (const element of runs) if (element(row) === value) return true;
          return false;
        },
      };
    }
    case '?:': {
      if (operands.length !== 3 || a?.type !== 'bool' || !b || !c || b.type !== c.type) return undefined;
      const [test, then, otherwise] = [a.run, b.run, c.run];
      return { type: b.type, run: (row) => (test(row) === true ? then(row) : otherwise(row)) };
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
      return { type: 'bool', run: (row) => (left(row) as bigint) < (right(row) as bigint) };
    case '<=':
      return { type: 'bool', run: (row) => (left(row) as bigint) <= (right(row) as bigint) };
    case '>':
      return { type: 'bool', run: (row) => (left(row) as bigint) > (right(row) as bigint) };
    case '>=':
      return { type: 'bool', run: (row) => (left(row) as bigint) >= (right(row) as bigint) };
  }
}
