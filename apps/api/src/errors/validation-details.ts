import type { ValidationError } from 'class-validator';
import type { AppErrorDetail } from './app-error';

/**
 * class-validator's errors as details with full field paths ("overrides[0].day", "change.lines[2].new"), nested
 * objects and arrays included, so the user sees exactly which field to fix.
 */
export function validationDetails(errors: ValidationError[], parent = ''): AppErrorDetail[] {
  return errors.flatMap((error) => {
    const field = !parent ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}
