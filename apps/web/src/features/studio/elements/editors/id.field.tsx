import type { DocumentPath } from '../../studio-draft.context';
import { TextField } from '../fields/text.field';

/** An element's id: generated for a new element, editable; other elements refer to it by this id. */
export function IdField({ path, label = '标识' }: { path: DocumentPath; label?: string }) {
  return <TextField path={path} label={label} required monospace extra="小写字母、数字和连字符，例如 crypto-review；修改后，引用它的地方需一并修改" />;
}
