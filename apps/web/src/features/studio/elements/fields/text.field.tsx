import { Input } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from './buffered-value';
import { asText } from './draft-data';
import { useDraftField } from './draft-field';
import { FieldShell } from './field-shell';

export interface TextFieldProps {
  path: DocumentPath;
  label: ReactNode;
  /** Emptied, the key is removed instead of written as ''. */
  optional?: boolean;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  extra?: ReactNode;
  monospace?: boolean;
}

/** A text field of the document: typed into its own state, written into the YAML after a pause or on leaving it. */
export function TextField({ path, label, optional, required, multiline, rows = 3, placeholder, extra, monospace }: TextFieldProps) {
  const field = useDraftField(path);
  const { value, change, flush } = useBufferedValue(asText(field.value), (text) => field.set(optional && text.trim() === '' ? undefined : text));
  const common = {
    value,
    placeholder,
    disabled: !field.editable,
    status: field.issues.length > 0 ? ('error' as const) : undefined,
    onBlur: flush,
    onFocus: field.focus,
    'data-path': field.name,
    style: monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' } : undefined,
  };
  return (
    <FieldShell label={label} issues={field.issues} required={required} extra={extra}>
      {multiline ? (
        <Input.TextArea {...common} autoSize={{ minRows: rows, maxRows: 12 }} onChange={(event) => change(event.target.value)} />
      ) : (
        <Input {...common} onChange={(event) => change(event.target.value)} />
      )}
    </FieldShell>
  );
}
