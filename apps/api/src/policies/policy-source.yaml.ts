import { policyDocumentSchema, type PolicyDocument } from '@banfa/policy-model';
import { parseDocument, stringify } from 'yaml';
import { contentHash } from './policy-content.hash';
import { applyYamlEdits, scalarEdits } from './policy-yaml.edit';
import { mergeIntoYaml } from './policy-yaml.merge';

/** What a version's text was, and the content it parsed to. */
export interface PreviousSource {
  text: string | null;
  content: PolicyDocument;
}

/**
 * The YAML text to store with `document` when it comes as data (a save with `content`, a publication writing its
 * dates): the previous text with only what changed rewritten, so the author's comments and layout stay. In order:
 * scalars edited in place (every other byte kept); the text merged node by node (comments kept, flow spacing
 * normalised); the document stringified afresh (when there was no text). Each candidate must parse back to exactly
 * `document` (same content hash) or the next is tried: the stored text never disagrees with the stored content.
 */
export function sourceYamlFor(previous: PreviousSource, document: PolicyDocument): string {
  const hash = contentHash(document);
  if (previous.text !== null) {
    const edits = scalarEdits(previous.content, document);
    const edited = edits && applyYamlEdits(previous.text, edits, document);
    if (edited !== null && parsesTo(edited, hash)) return edited;
    const merged = mergeIntoYaml(previous.text, document);
    if (merged !== null && parsesTo(merged, hash)) return merged;
  }
  return documentYaml(document);
}

/**
 * Whether YAML text reads as the document whose content hash is `hash`, as import would store it. The stored
 * content was fully checked when it was stored, so reading the text through the schema (its defaults filled in)
 * and comparing is enough: equal to a valid document, it is valid. (The full check, with references and CEL,
 * would cost a few times more on every save and export.)
 */
export function parsesTo(text: string, hash: string): boolean {
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) return false;
    const parsed = policyDocumentSchema.safeParse(doc.toJS());
    return parsed.success && contentHash(parsed.data) === hash;
  } catch {
    return false;
  }
}

/** A document as YAML, key for key: importing it again gives the identical content hash. */
export function documentYaml(document: PolicyDocument): string {
  return stringify(document, { lineWidth: 0 });
}
