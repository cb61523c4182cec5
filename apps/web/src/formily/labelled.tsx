import { isField, type GeneralField } from '@formily/core';
import { connect, mapProps } from '@formily/react';
import type { ComponentType } from 'react';

/**
 * Formily's FormItem renders its label without tying it to the control. Give each control its field's title as
 * an accessible name, so screen readers, keyboard users and tests find a field by its label.
 */
export function labelled<P extends object>(component: ComponentType<P>): ComponentType<P> {
  const withLabel = (props: Record<string, unknown>, field: GeneralField) => ({
    ...props,
    ...(typeof field.title === 'string' ? { 'aria-label': field.title } : {}),
    ...(isField(field) && field.selfErrors.length > 0 ? { 'aria-invalid': true } : {}),
  });
  // Formily's connect/mapProps typings cannot follow a generic component; the props pass through unchanged.
  return connect(component, mapProps(withLabel as never)) as unknown as ComponentType<P>;
}
