import { isField, type GeneralField } from '@formily/core';
import { connect, mapProps } from '@formily/react';
import type { ComponentType } from 'react';

/**
 * Formily's FormItem renders its label without tying it to the control. Give each control its field's title as
 * an accessible name, so screen readers, keyboard users and tests find a field by its label. A cell of an array
 * table has no title of its own: it is named by its column and row (“系统功能（第2行）”).
 */
export function labelled<P extends object>(component: ComponentType<P>): ComponentType<P> {
  const withLabel = (props: Record<string, unknown>, field: GeneralField) => {
    const name = typeof field.title === 'string' && field.title !== '' ? field.title : cellName(field);
    return {
      ...props,
      ...(name ? { 'aria-label': name } : {}),
      ...(isField(field) && field.selfErrors.length > 0 ? { 'aria-invalid': true } : {}),
    };
  };
  // Formily's connect/mapProps typings cannot follow a generic component; the props pass through unchanged.
  return connect(component, mapProps(withLabel as never)) as unknown as ComponentType<P>;
}

/** A cell of an array table: its column's title (cell-labels.ts) and its row. */
function cellName(field: GeneralField): string | undefined {
  const title = (field.data as { cellLabel?: unknown } | undefined)?.cellLabel;
  if (typeof title !== 'string') return undefined;
  const row = field.path.segments[field.path.segments.length - 2];
  return typeof row === 'number' || /^\d+$/.test(String(row)) ? `${title}（第${Number(row) + 1}行）` : title;
}
