import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days written YYYY-MM-DD, leap days included', () => {
    expect(['2025-12-10', '2024-02-29', '2000-02-29'].every(isCalendarDate)).toBe(true);
  });

  it('refuses impossible days and other spellings', () => {
    expect(['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-1-5', '20251210', '2025-12-10T00:00', 20251210, null].some(isCalendarDate)).toBe(false);
  });
});
