import type { FactValue, FactValues, PolicyDocument, ResolvedFact } from '@banfa/policy-model';
import { declaredFacts } from './document-facts.cache';

/** A sample project's facts as one policy reads them. */
export interface ProjectFactsCheck {
  /** The facts this policy reads, with values of the right type: what it is evaluated on. */
  known: Record<string, FactValue>;
  /** Facts the project gives that this policy does not read (often another regulation's local facts). */
  unknown: string[];
  /** Facts this policy reads whose value has the wrong type for it: left out of its evaluation, with the fix. */
  invalid: Array<{ key: string; label: string; message: string }>;
}

/**
 * Splits a sample project's facts for one policy. A fact one regulation declares locally means nothing to another:
 * it is reported, not passed on, so that every column is evaluated on the facts it knows.
 */
export function checkProjectFacts(doc: PolicyDocument, facts: FactValues): ProjectFactsCheck {
  const declared = declaredFacts(doc);
  const known: Record<string, FactValue> = {};
  const unknown: string[] = [];
  const invalid: ProjectFactsCheck['invalid'] = [];
  for (const [key, value] of Object.entries(facts)) {
    const fact = declared.get(key);
    if (!fact) {
      unknown.push(key);
      continue;
    }
    const problem = factProblem(fact, value);
    if (problem) invalid.push({ key, label: fact.label, message: problem });
    else known[key] = value;
  }
  return { known, unknown, invalid };
}

/** Why a value does not fit a fact, in Chinese with the fix; undefined when it fits. */
export function factProblem(fact: ResolvedFact, value: FactValue): string | undefined {
  const name = `事实 ${fact.key}（${fact.label}）`;
  switch (fact.type) {
    case 'money':
      return typeof value === 'bigint' ? undefined : `${name}是金额，应写成带单位的十进制数，例如 ${fact.key}: 30万元，而不是“${String(value)}”`;
    case 'integer':
      return typeof value === 'bigint' ? undefined : `${name}应为整数`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${name}应为 true 或 false`;
    case 'enum':
      return fact.options?.some((option) => option.value === value)
        ? undefined
        : `${name}的取值应为 ${fact.options?.map((option) => `${option.value}（${option.label}）`).join('、') ?? ''}`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : `${name}应为日期 YYYY-MM-DD`;
    case 'string':
      return typeof value === 'string' ? undefined : `${name}应为文字`;
  }
}
