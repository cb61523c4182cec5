import {
  createFactEnvironment,
  formatCitation,
  formatMoney,
  parseMoney,
  readFactKeys,
  resolveFacts,
  type Citation,
  type Condition,
  type FactEnvironment,
  type FactValues,
  type PolicyDocument,
  type ResolvedFact,
  type Threshold,
} from '@banfa/policy-model';
import type { ConditionTrace, FactReading } from './decision-report.types';

const COMPARISON_TEXT = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/** Evaluates the conditions of one policy against one project's facts, recording each in the trace. */
export class ConditionEvaluator {
  readonly trace: ConditionTrace[] = [];
  private readonly facts: Map<string, ResolvedFact>;
  private readonly env: FactEnvironment;

  private readonly compiled: Compiled;

  constructor(
    doc: PolicyDocument,
    private readonly values: FactValues,
  ) {
    this.compiled = compiledFor(doc);
    this.facts = this.compiled.facts;
    this.env = this.compiled.env;
  }

  evaluate(condition: Condition, source: string, cite: Citation): ConditionTrace {
    const entry = this.compute(condition, source, cite);
    this.trace.push(entry);
    return entry;
  }

  private compute(condition: Condition, source: string, cite: Citation): ConditionTrace {
    if ('threshold' in condition) return this.threshold(condition.threshold, source, cite);
    if ('cel' in condition) return this.cel(condition.cel, condition.description, source, cite);
    // all / any / not, in three-valued logic: an unknown part leaves the whole unknown only when it could decide it.
    const parts = 'not' in condition ? [condition.not] : 'all' in condition ? condition.all : condition.any;
    const traces = parts.map((part, index) => this.compute(part, `${source}[${index}]`, cite));
    const results = traces.map((trace) => trace.result);
    let result: boolean | 'unknown';
    let joined: string;
    if ('not' in condition) {
      const inner = results[0] ?? 'unknown';
      result = inner === 'unknown' ? 'unknown' : !inner;
      joined = `并非（${traces[0]?.text ?? ''}）`;
    } else if ('all' in condition) {
      result = results.includes(false) ? false : results.includes('unknown') ? 'unknown' : true;
      joined = traces.map((trace) => trace.text).join(' 且 ');
    } else {
      result = results.includes(true) ? true : results.includes('unknown') ? 'unknown' : false;
      joined = traces.map((trace) => trace.text).join(' 或 ');
    }
    const facts = [...new Map(traces.flatMap((trace) => trace.facts).map((fact) => [fact.key, fact])).values()];
    const settings = [...new Set(traces.flatMap((trace) => trace.settings))];
    return { source, text: condition.description ?? joined, result, facts, cite, citeText: formatCitation(cite), settings };
  }

  private threshold(threshold: Threshold, source: string, cite: Citation): ConditionTrace {
    const value = this.values[threshold.fact];
    const limit = parseMoney(threshold.amount, threshold.unit);
    const label = this.facts.get(threshold.fact)?.label ?? threshold.fact;
    const text = `${label} ${COMPARISON_TEXT[threshold.comparison]} ${threshold.amount}${threshold.unit}`;
    const result = typeof value === 'bigint' ? compare(value, threshold.comparison, limit) : 'unknown';
    return this.entry(source, text, result, [threshold.fact], cite, threshold.setting ? [threshold.setting] : []);
  }

  private cel(expression: string, description: string | undefined, source: string, cite: Citation): ConditionTrace {
    const { keys, run } = this.compiled.expression(expression);
    const missing = keys.filter((key) => this.values[key] === undefined);
    let result: boolean | 'unknown' = 'unknown';
    if (missing.length === 0) {
      result = run(this.values) === true;
    }
    return this.entry(source, description ?? expression, result, keys, cite, []);
  }

  private entry(
    source: string,
    text: string,
    result: boolean | 'unknown',
    keys: string[],
    cite: Citation,
    settings: string[],
  ): ConditionTrace {
    return { source, text, result, facts: keys.map((key) => this.reading(key)), cite, citeText: formatCitation(cite), settings };
  }

  reading(key: string): FactReading {
    const fact = this.facts.get(key);
    const value = this.values[key];
    const label = fact?.label ?? key;
    if (value === undefined) return { key, label, value: null };
    if (fact?.type === 'money' && typeof value === 'bigint') return { key, label, value: `${formatMoney(value, '万元')}万元` };
    if (typeof value === 'boolean') return { key, label, value: value ? '是' : '否' };
    const option = fact?.options?.find((candidate) => candidate.value === value);
    return { key, label, value: option?.label ?? String(value) };
  }
}

function compare(value: bigint, comparison: Threshold['comparison'], limit: bigint): boolean {
  switch (comparison) {
    case 'lt':
      return value < limit;
    case 'lte':
      return value <= limit;
    case 'gt':
      return value > limit;
    case 'gte':
      return value >= limit;
  }
}

interface Compiled {
  facts: Map<string, ResolvedFact>;
  env: FactEnvironment;
  expression(text: string): { keys: string[]; run: (values: Readonly<Record<string, unknown>>) => unknown };
}

/** One CEL environment and one parse per expression for each policy document, however many projects it judges. */
const COMPILED = new WeakMap<PolicyDocument, Compiled>();

function compiledFor(doc: PolicyDocument): Compiled {
  const cached = COMPILED.get(doc);
  if (cached) return cached;
  const resolved = resolveFacts(doc);
  const env = createFactEnvironment(resolved);
  const expressions = new Map<string, { keys: string[]; run: (values: Readonly<Record<string, unknown>>) => unknown }>();
  const compiled: Compiled = {
    facts: new Map(resolved.map((fact) => [fact.key, fact])),
    env,
    expression(text) {
      let entry = expressions.get(text);
      if (!entry) {
        const parsed = env.parse(text) as unknown as (values: Readonly<Record<string, unknown>>) => unknown;
        entry = { keys: readFactKeys(env, text), run: (values) => parsed(values) };
        expressions.set(text, entry);
      }
      return entry;
    },
  };
  COMPILED.set(doc, compiled);
  return compiled;
}
