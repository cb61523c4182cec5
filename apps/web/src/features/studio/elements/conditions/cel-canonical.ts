import type { FactEnvironment } from '@banfa/policy-model';

interface AstNode {
  op: string;
  args: unknown;
}

const isNode = (value: unknown): value is AstNode => !!value && typeof value === 'object' && 'op' in value;

/**
 * A CEL condition reduced to what it means for the visual builder's round trip: `x` and `x == true` are the same,
 * `!x` and `x == false`, `!(a == b)` and `a != b`, and parentheses and chains of && / || do not matter. Two
 * expressions with the same canonical text say the same thing, so when an expression read into the builder and
 * written back keeps its canonical text, the builder lost nothing of it. (The converse need not hold: a difference
 * only sends the user to the text editor.)
 */
export function canonicalCel(env: FactEnvironment, expression: string): string | null {
  try {
    const ast = (env.parse(expression) as unknown as { ast: unknown }).ast;
    return JSON.stringify(logical(ast), (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  } catch {
    return null;
  }
}

function logical(node: unknown): unknown {
  if (!isNode(node)) return raw(node);
  switch (node.op) {
    case '&&':
    case '||':
      return { op: node.op, args: flatten(node.op, node).map(logical) };
    case '!_':
      return negate(logical(node.args));
    case 'id':
      return { op: '==', args: [raw(node), true] };
    default:
      return raw(node);
  }
}

function flatten(op: string, node: unknown): unknown[] {
  if (isNode(node) && node.op === op && Array.isArray(node.args)) return node.args.flatMap((arg) => flatten(op, arg));
  return [node];
}

function negate(inner: unknown): unknown {
  if (isNode(inner)) {
    const args = Array.isArray(inner.args) ? inner.args : [];
    if (inner.op === '!') return inner.args;
    if (inner.op === '==' && typeof args[1] === 'boolean') return { op: '==', args: [args[0], !args[1]] };
    if (inner.op === '==') return { op: '!=', args };
    if (inner.op === '!=') return { op: '==', args };
  }
  return { op: '!', args: inner };
}

/** A node without its source positions; literals as themselves. */
function raw(node: unknown): unknown {
  if (!isNode(node)) return node;
  if (node.op === 'value') return node.args;
  if (node.op === 'id') return { id: node.args };
  return { op: node.op, args: Array.isArray(node.args) ? node.args.map(raw) : raw(node.args) };
}
