import type { DocumentPath } from '../../studio-draft.context';
import { TextField } from '../fields/text.field';

/** How the source text was encoded (traditional characters converted, a typo normalised …). */
export function NoteEditor({ path }: { path: DocumentPath }) {
  return <TextField path={[...path, 'text']} label="说明" required multiline rows={4} />;
}
