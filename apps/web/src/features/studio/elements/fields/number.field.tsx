import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from './buffered-value';
import { useDraftField } from './draft-field';
import { FieldShell } from './field-shell';
import { WithUnit } from './with-unit';

/** A whole number (a period's length, an article number, a count); emptied, an optional key is removed. */
export function IntegerField({ path, label, optional, min, addonAfter, extra, required }: { path: DocumentPath; label: ReactNode; optional?: boolean; min?: number; addonAfter?: ReactNode; extra?: ReactNode; required?: boolean }) {
  const field = useDraftField(path);
  const external = typeof field.value === 'number' ? field.value : null;
  const { value, change, flush } = useBufferedValue<number | null>(external, (next) => field.set(next === null ? (optional ? undefined : null) : next));
  return (
    <FieldShell label={label} issues={field.issues} extra={extra} required={required}>
      <WithUnit unit={addonAfter}>
        <InputNumber
          value={value}
          min={min}
          precision={0}
          disabled={!field.editable}
          status={field.issues.length > 0 ? 'error' : undefined}
          onChange={(next) => change(typeof next === 'number' ? next : null)}
          onBlur={flush}
          onFocus={field.focus}
          data-path={field.name}
          style={{ width: 120 }}
        />
      </WithUnit>
    </FieldShell>
  );
}
