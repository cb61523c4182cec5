import type { Citation } from './citation';
import { findCanonicalFact, type FactDefinition } from './fact-catalogue';
import type { PolicyDocument } from './policy-document.schema';

/** A fact a policy reads, with its type and label resolved from the catalogue or the local declaration. */
export interface ResolvedFact extends FactDefinition {
  canonical: boolean;
  /** Where the policy says this fact matters, with the sentence that defines or exemplifies it. */
  cite?: Citation;
}

/** The facts of a policy: canonical ones take their definition from the catalogue, local ones declare it. */
export function resolveFacts(document: Pick<PolicyDocument, 'facts'>): ResolvedFact[] {
  return document.facts.flatMap((fact): ResolvedFact[] => {
    const canonical = findCanonicalFact(fact.key);
    if (canonical) {
      return [{ ...canonical, ...(fact.label ? { label: fact.label } : {}), canonical: true, ...(fact.cite ? { cite: fact.cite } : {}) }];
    }
    if (!fact.type || !fact.label) return [];
    return [
      { key: fact.key, type: fact.type, label: fact.label, options: fact.options, canonical: false, ...(fact.cite ? { cite: fact.cite } : {}) },
    ];
  });
}

/**
 * The value of a fact as the runtime sees it: money as integer 分 (bigint), integers as bigint,
 * booleans, and strings for enums, dates (YYYY-MM-DD) and text.
 */
export type FactValue = bigint | boolean | string;
export type FactValues = Readonly<Record<string, FactValue>>;
