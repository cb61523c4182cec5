import { Input } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from './buffered-value';
import { asText } from './draft-data';
import { useDraftField } from './draft-field';
import { FieldShell } from './field-shell';
import { WithUnit } from './with-unit';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * An exact decimal (an amount, a ratio): always written as a string, so YAML quotes it and nothing reads it as a
 * float. What the user types is kept even when it is not a number yet; the document's validation says what is wrong.
 */
export function DecimalField({ path, label, unit, placeholder, extra, required = true }: { path: DocumentPath; label: ReactNode; unit?: ReactNode; placeholder?: string; extra?: ReactNode; required?: boolean }) {
  const field = useDraftField(path);
  const { value, change, flush } = useBufferedValue(asText(field.value), (text) => field.set(text.trim()));
  const malformed = value.trim() !== '' && !DECIMAL.test(value.trim());
  return (
    <FieldShell label={label} issues={field.issues} required={required} extra={malformed && field.issues.length === 0 ? '请填写数字，例如 50 或 12.5' : extra}>
      <WithUnit unit={unit}>
        <Input
          value={value}
          inputMode="decimal"
          placeholder={placeholder}
          disabled={!field.editable}
          status={field.issues.length > 0 || malformed ? 'error' : undefined}
          onChange={(event) => change(event.target.value)}
          onBlur={flush}
          onFocus={field.focus}
          data-path={field.name}
          style={{ width: 140 }}
        />
      </WithUnit>
    </FieldShell>
  );
}
