import { anchorText, findCanonicalFact, formatMoney, type FactValue, type PolicyDocument, type ResolvedFact } from '@banfa/policy-model';
import type { ProjectInput } from '@banfa/policy-runtime';
import { declaredFacts } from './document-facts.cache';

/** A sample project as people read it: each fact with its value (money in 万元), each event with its date. */
export interface ProjectSummary {
  facts: Array<{ key: string; label?: string; value: string }>;
  events: string[];
}

/** Labels and types come from the canonical catalogue, or else from the first document that declares the fact locally. */
export function describeProject(project: ProjectInput, docs: ReadonlyArray<PolicyDocument>): ProjectSummary {
  const declared = (key: string): ResolvedFact | undefined => {
    for (const doc of docs) {
      const fact = declaredFacts(doc).get(key);
      if (fact) return fact;
    }
    return undefined;
  };
  return {
    facts: Object.entries(project.facts).map(([key, value]) => {
      const canonical = findCanonicalFact(key);
      const fact = canonical ? { ...canonical, canonical: true } : declared(key);
      return { key, ...(fact ? { label: fact.label } : {}), value: factText(value, fact) };
    }),
    events: project.events.map((event) => `${event.on} ${anchorText(event.kind)}${event.step ? `（${event.step}${event.outcome ? `：${event.outcome}` : ''}）` : ''}${event.obligation ? `（${event.obligation}）` : ''}`),
  };
}

function factText(value: FactValue, fact: ResolvedFact | undefined): string {
  if (typeof value === 'bigint') return fact?.type === 'money' ? `${formatMoney(value, '万元')}万元` : value.toString();
  if (typeof value === 'boolean') return value ? '是' : '否';
  return fact?.options?.find((option) => option.value === value)?.label ?? value;
}
