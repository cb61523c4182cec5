import { resolveFacts, type PolicyDocument, type ResolvedFact } from '@banfa/policy-model';

const cache = new WeakMap<PolicyDocument, ReadonlyMap<string, ResolvedFact>>();

/**
 * The facts a document reads, by key, resolved once per document (kept while the document lives, like the runtime's
 * execution plan): a comparison asks for them again for every column and every sample project.
 */
export function declaredFacts(doc: PolicyDocument): ReadonlyMap<string, ResolvedFact> {
  let facts = cache.get(doc);
  if (!facts) {
    facts = new Map(resolveFacts(doc).map((fact) => [fact.key, fact]));
    cache.set(doc, facts);
  }
  return facts;
}
