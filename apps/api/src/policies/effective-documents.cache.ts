import { applyReadings, type PolicyDocument } from '@banfa/policy-model';
import type { PolicyVersionEntity } from '../database/entities';

type Source = Pick<PolicyVersionEntity, 'id' | 'state' | 'contentHash' | 'effectiveFrom' | 'effectiveTo' | 'content'>;

/**
 * Documents with the platform's effective window applied, one object per (version, hash, window). Only published
 * versions are kept: they change at most once (their end date, when a successor is published), so the cache holds
 * at most two entries per published version. Drafts are computed afresh on each call.
 */
export class EffectiveDocuments {
  private readonly documents = new Map<string, PolicyDocument>();

  get(version: Source): PolicyDocument {
    if (version.state !== 'published') return withWindow(version);
    const key = [version.id, version.contentHash, version.effectiveFrom ?? '', version.effectiveTo ?? ''].join('\u0000');
    let document = this.documents.get(key);
    if (!document) this.documents.set(key, (document = withWindow(version)));
    return document;
  }
}

/**
 * The document the runtime evaluates: the stored content is the document as written (ADR 0004), so the chosen
 * readings are applied, then `effective.from/to` replaced by the row's where the row has them.
 */
function withWindow(version: Source): PolicyDocument {
  const { effectiveFrom, effectiveTo } = version;
  const content = applyReadings(version.content);
  const from = effectiveFrom ?? content.effective.from;
  const to = effectiveTo ?? content.effective.to;
  if (from === content.effective.from && to === content.effective.to) return content;
  return {
    ...content,
    effective: { ...content.effective, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) },
  };
}

const shared = new EffectiveDocuments();

/** The effective document of a version (readings applied, the platform's window), cached for published versions. */
export function effectiveDocument(version: Source): PolicyDocument {
  return shared.get(version);
}
