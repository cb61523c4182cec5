import type { PolicyDocument } from '@banfa/policy-model';
import type { PolicyVersionEntity } from '../database/entities';
import { effectiveDocument } from '../policies/effective-documents.cache';
import { assertIntact } from '../policies/policy-integrity';

type Row = Pick<PolicyVersionEntity, 'id' | 'state' | 'contentHash' | 'effectiveFrom' | 'effectiveTo'>;

const MAX_ENTRIES = 5_000;

/**
 * The effective documents of published versions already read and checked against their hash, by (id, hash, window),
 * so that a comparison loads the rows without their content once a version has been compared: no JSON to parse, no
 * hash to compute, no readings to apply again. The objects are those of `effectiveDocument` (the same object for the
 * same version), so policy-compare's and the runtime's per-document caches keep working across requests. A version
 * whose recorded hash or window changes gets a new key; drafts are never kept (their content changes).
 */
export class VerifiedDocuments {
  private readonly documents = new Map<string, PolicyDocument>();

  private key(row: Row): string {
    return [row.id, row.contentHash, row.effectiveFrom ?? '', row.effectiveTo ?? ''].join('\u0000');
  }

  /** The document of a published version read before, or undefined: its content must then be loaded. */
  known(row: Row): PolicyDocument | undefined {
    return row.state === 'published' ? this.documents.get(this.key(row)) : undefined;
  }

  /** Checks a fully loaded version against its hash, and gives (and, if published, keeps) its effective document. */
  read(version: PolicyVersionEntity): PolicyDocument {
    const document = effectiveDocument(assertIntact(version));
    if (version.state === 'published') {
      if (this.documents.size >= MAX_ENTRIES) this.documents.clear();
      this.documents.set(this.key(version), document);
    }
    return document;
  }
}
