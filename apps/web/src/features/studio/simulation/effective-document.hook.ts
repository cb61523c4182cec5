import type { PolicyDocument, PolicyIssue } from '@banfa/policy-model';
import { useDeferredValue } from 'react';
import type { StudioDraft } from '../studio-draft.context';

interface Documents {
  document: PolicyDocument;
  written: PolicyDocument;
}

/** The last valid documents of each version open in this page, for showing results while the text is invalid. */
const lastGood = new Map<string, Documents>();

export interface EffectiveDocument {
  /**
   * The effective document (the document's own readings applied): what the department's projects get. While the
   * draft is invalid, the last valid one (null if there was none).
   */
  document: PolicyDocument | null;
  /**
   * The document as written, from which every evaluation resolves its readings (applyReadings). The studio's
   * documents come from a Web Worker as structured clones, so the effective one no longer knows the written one it
   * came from: resolving other readings from the effective document would stack overrides.
   */
  written: PolicyDocument | null;
  /** The draft is invalid: the documents are the last valid ones, and what is shown from them is out of date. */
  stale: boolean;
  issues: ReadonlyArray<PolicyIssue>;
}

/**
 * The draft's documents as the simulation and the scenario tests evaluate them. Deferred, so that typing in the YAML
 * stays responsive while reports are recomputed.
 */
export function useEffectiveDocument(draft: Pick<StudioDraft, 'version' | 'parsed' | 'issues'>): EffectiveDocument {
  const parsed = useDeferredValue(draft.parsed);
  if (parsed.ok) {
    lastGood.set(draft.version.id, { document: parsed.document, written: parsed.written });
    return { document: parsed.document, written: parsed.written, stale: false, issues: [] };
  }
  const last = lastGood.get(draft.version.id);
  return { document: last?.document ?? null, written: last?.written ?? null, stale: true, issues: parsed.issues };
}
