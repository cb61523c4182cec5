import { isConditionName } from '@banfa/policy-model';
import { Environment } from '@marcbachmann/cel-js';

/**
 * Formily's expression compiler, replaced: Formily compiles `{{ }}` in a schema with new Function, which our
 * Content-Security-Policy forbids. Here an expression is CEL, parsed and evaluated by cel-js, over the reaction's
 * named dependencies:
 *
 *   x-reactions: { dependencies: { nature: '.nature' }, fulfill: { state: { visible: '{{ nature == "other" }}' } } }
 *
 * Policy forms rarely need this: `x-visible-when` / `x-required-when` (form-conditions.reactions.ts) are the
 * conditions the designer writes, with the fields and facts in scope and the server agreeing. An expression that is
 * not CEL is an authoring error and is refused with the reason; one that cannot be evaluated (a dependency not
 * answered yet) leaves the state as it is.
 */
const env = new Environment({ unlistedVariablesAreDyn: true });
const programs = new Map<string, (context: Record<string, unknown>) => unknown>();

export function compileCelExpression(expression: string, scope: Record<string, unknown> = {}): unknown {
  const program = parse(expression);
  const context: Record<string, unknown> = {};
  const deps = scope['$deps'];
  if (deps && typeof deps === 'object') {
    for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
      if (isConditionName(name) && value !== undefined && value !== null) context[name] = value;
    }
  }
  try {
    const result = program(context);
    // CEL integers are BigInt; Formily's state wants numbers.
    return typeof result === 'bigint' && result <= BigInt(Number.MAX_SAFE_INTEGER) && result >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(result) : result;
  } catch {
    return undefined;
  }
}

function parse(expression: string): (context: Record<string, unknown>) => unknown {
  const cached = programs.get(expression);
  if (cached) return cached;
  let program: (context: Record<string, unknown>) => unknown;
  try {
    const parsed = env.parse(expression);
    program = (context) => parsed(context);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new Error(`表单中的 {{ }} 表达式“${expression}”不是有效的 CEL：${reason}。条件请写在 x-visible-when / x-required-when 中`);
  }
  if (programs.size > 1000) programs.clear();
  programs.set(expression, program);
  return program;
}
