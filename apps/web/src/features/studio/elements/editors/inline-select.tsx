import { Select } from 'antd';
import type { DocumentPath } from '../../studio-draft.context';
import { asText } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import type { Choice } from '../fields/select.field';

/** A select inside another field (the unit beside an amount), written as soon as it is chosen. */
export function InlineSelect({ path, options, width = 110 }: { path: DocumentPath; options: Choice[]; width?: number }) {
  const field = useDraftField(path);
  return (
    <Select
      value={asText(field.value) || undefined}
      placeholder="请选择"
      options={options}
      disabled={!field.editable}
      status={field.issues.length > 0 ? 'error' : undefined}
      onChange={(value: string) => field.set(value)}
      data-path={field.name}
      style={{ width }}
    />
  );
}
