import { resolveFacts, type PolicyDocument, type ResolvedFact } from '@banfa/policy-model';
import type { StudioDraft } from '../studio-draft.context';

/**
 * The facts of the document open in the studio: from the validated document when the text is valid, else read
 * leniently from what is written (so the designer keeps its fact list while the author fixes an unrelated typo).
 */
export function documentFacts(draft: Pick<StudioDraft, 'parsed' | 'data'>): ResolvedFact[] {
  if (draft.parsed.ok) return resolveFacts(draft.parsed.written);
  const written = Array.isArray(draft.data['facts']) ? (draft.data['facts'] as unknown[]) : [];
  const facts = written.filter((fact): fact is PolicyDocument['facts'][number] => !!fact && typeof fact === 'object' && typeof (fact as { key?: unknown }).key === 'string');
  return resolveFacts({ facts });
}
