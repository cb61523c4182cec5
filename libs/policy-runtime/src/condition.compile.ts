import { parseMoney, type Condition, type Threshold } from '@banfa/policy-model';
import type { CelProgram } from './cel.compile';
import type { CompiledCondition, Truth } from './compiled-condition.types';
import type { FactSlot } from './fact-reading.slots';
import type { FactReader } from './fact-row';

const COMPARISON_TEXT = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;
const NO_SETTINGS: readonly string[] = Object.freeze([]);

/** What compiling a condition needs from its document. */
export interface ConditionContext {
  slot(key: string): FactSlot;
  cel(expression: string): CelProgram;
}

/**
 * Compiles a condition once: its text, the facts it reads and its settings are fixed by the document; only the
 * result depends on the project. all / any / not follow three-valued logic: an unknown part leaves the whole
 * unknown only when it could decide it. Every part is evaluated, as the trace reads every fact of every part.
 */
export function compileCondition(condition: Condition, context: ConditionContext): CompiledCondition {
  if ('threshold' in condition) return threshold(condition.threshold, context);
  if ('cel' in condition) return cel(condition.cel, condition.description, context);
  const parts = ('not' in condition ? [condition.not] : 'all' in condition ? condition.all : condition.any).map((part) => compileCondition(part, context));
  const slots = [...new Set(parts.flatMap((part) => part.slots))];
  const settings = frozen([...new Set(parts.flatMap((part) => part.settings))]);
  if ('not' in condition) {
    const inner = parts[0]?.decide;
    const text = condition.description ?? `并非（${parts[0]?.text ?? ''}）`;
    return { text, slots, settings, decide: inner ? (row) => negate(inner(row)) : () => 'unknown' };
  }
  const deciders = parts.map((part) => part.decide);
  if ('all' in condition) {
    return { text: condition.description ?? parts.map((part) => part.text).join(' 且 '), slots, settings, decide: (row) => all(deciders, row) };
  }
  return { text: condition.description ?? parts.map((part) => part.text).join(' 或 '), slots, settings, decide: (row) => any(deciders, row) };
}

function threshold(threshold: Threshold, context: ConditionContext): CompiledCondition {
  const slot = context.slot(threshold.fact);
  const text = `${slot.label} ${COMPARISON_TEXT[threshold.comparison]} ${threshold.amount}${threshold.unit}`;
  const settings = threshold.setting ? frozen([threshold.setting]) : NO_SETTINGS;
  let limit: bigint;
  try {
    limit = parseMoney(threshold.amount, threshold.unit);
  } catch (error) {
    // As before: an amount that does not parse fails the evaluation that reaches it, not the compilation.
    return { text, slots: [slot], settings, decide: () => { throw error; } };
  }
  const decide = ((): ((value: bigint) => boolean) => {
    switch (threshold.comparison) {
      case 'lt':
        return (value) => value < limit;
      case 'lte':
        return (value) => value <= limit;
      case 'gt':
        return (value) => value > limit;
      case 'gte':
        return (value) => value >= limit;
    }
  })();
  return {
    text,
    slots: [slot],
    settings,
    decide: (row) => {
      const value = row.value(slot);
      return typeof value === 'bigint' ? decide(value) : 'unknown';
    },
  };
}

function cel(expression: string, description: string | undefined, context: ConditionContext): CompiledCondition {
  const program = context.cel(expression);
  // A condition on a fact nobody has given yet is unknown, not false (see CelProgram.decide).
  return { text: description ?? expression, slots: program.slots, settings: NO_SETTINGS, decide: program.decide };
}

function negate(inner: Truth): Truth {
  return inner === 'unknown' ? 'unknown' : !inner;
}

function all(deciders: ReadonlyArray<(row: FactReader) => Truth>, row: FactReader): Truth {
  let sawFalse = false;
  let sawUnknown = false;
  for (const decide of deciders) {
    const result = decide(row);
    if (result === false) sawFalse = true;
    else if (result === 'unknown') sawUnknown = true;
  }
  return sawFalse ? false : sawUnknown ? 'unknown' : true;
}

function any(deciders: ReadonlyArray<(row: FactReader) => Truth>, row: FactReader): Truth {
  let sawTrue = false;
  let sawUnknown = false;
  for (const decide of deciders) {
    const result = decide(row);
    if (result === true) sawTrue = true;
    else if (result === 'unknown') sawUnknown = true;
  }
  return sawTrue ? true : sawUnknown ? 'unknown' : false;
}

function frozen(settings: string[]): readonly string[] {
  return settings.length === 0 ? NO_SETTINGS : Object.freeze(settings);
}
