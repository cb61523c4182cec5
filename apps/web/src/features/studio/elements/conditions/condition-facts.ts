import { createFactEnvironment, resolveFacts, type FactEnvironment, type PolicyFact, type ResolvedFact } from '@banfa/policy-model';
import { useMemo } from 'react';
import { useStudioDraft } from '../../studio-draft.context';
import { asList, asRecord, asText } from '../fields/draft-data';

const TYPES = new Set(['money', 'boolean', 'enum', 'integer', 'date', 'string']);

export interface ConditionFacts {
  facts: ResolvedFact[];
  env: FactEnvironment;
  moneyFacts: ResolvedFact[];
}

/** The facts a condition may read, from the document as it stands (a fact declared a moment ago is offered). */
export function useConditionFacts(): ConditionFacts {
  const draft = useStudioDraft();
  const raw = draft.data['facts'];
  const key = JSON.stringify(raw ?? null);
  // Keyed by content: the draft's data is a new object after every edit, its facts rarely change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => factsForConditions(raw), [key]);
}

export function factsForConditions(raw: unknown): ConditionFacts {
  const declared = asList(raw)
    .map(asRecord)
    .filter((fact) => /^[a-z][A-Za-z0-9]*$/.test(asText(fact['key'])) && (fact['type'] === undefined || TYPES.has(asText(fact['type']))))
    .map((fact) => ({ ...fact, cite: asRecord(fact['cite']) }) as unknown as PolicyFact);
  const facts = resolveFacts({ facts: declared });
  return { facts, env: createFactEnvironment(facts), moneyFacts: facts.filter((fact) => fact.type === 'money') };
}
