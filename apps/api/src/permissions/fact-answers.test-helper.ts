/**
 * Plausible answers to a policy's "规则所需信息" questions, read from their Formily schema: every question answered
 * (money 30万元-ish in the field's unit, booleans false, the first option of a choice), so a test can submit a
 * project under any regulation without knowing its facts.
 */
export function answersFor(schema: unknown): Record<string, unknown> {
  const properties = (schema as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
  return Object.fromEntries(Object.entries(properties).map(([key, field]) => [key, answer(field)]));
}

function answer(field: Record<string, unknown>): unknown {
  const options = field['enum'];
  if (Array.isArray(options) && options.length > 0) {
    const first = options[0] as unknown;
    return first && typeof first === 'object' ? (first as { value: unknown }).value : first;
  }
  if (field['x-component'] === 'MoneyInput') {
    const unit = (field['x-component-props'] as { unit?: string } | undefined)?.unit;
    return unit === '元' ? '300000' : '30';
  }
  switch (field['type']) {
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return 1;
    case 'object':
      return answersFor(field);
    default:
      return field['x-component'] === 'MonthPicker' ? '2026-01' : field['x-component'] === 'DatePicker' ? '2026-01-05' : '样例';
  }
}
