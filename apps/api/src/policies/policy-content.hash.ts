import { canonicalJson, type PolicyDocument } from '@banfa/policy-model';
import { createHash } from 'node:crypto';

/** SHA-256 of the canonical JSON of a document: equal documents hash equally whatever their key order. */
export function contentHash(document: PolicyDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}
