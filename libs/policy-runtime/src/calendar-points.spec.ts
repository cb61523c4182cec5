import { describe, expect, it } from 'vitest';
import { CalendarPoints } from './calendar-points';

describe('CalendarPoints', () => {
  it('finds the next quarter end, on or strictly after a day', () => {
    const quarters = new CalendarPoints('quarter', undefined);
    expect(quarters.next('2025-08-15', true)).toBe('2025-09-30');
    expect(quarters.next('2025-09-30', true)).toBe('2025-09-30');
    expect(quarters.next('2025-09-30', false)).toBe('2025-12-31');
    expect(quarters.next('2025-12-31', false)).toBe('2026-03-31');
  });

  it('finds half-year ends and a yearly due day', () => {
    expect(new CalendarPoints('half-year', undefined).next('2025-07-01', true)).toBe('2025-12-31');
    const yearly = new CalendarPoints('year', '06-30');
    expect(yearly.next('2025-06-30', true)).toBe('2025-06-30');
    expect(yearly.next('2025-07-01', true)).toBe('2026-06-30');
    expect(new CalendarPoints('year', undefined).next('2025-01-01', false)).toBe('2025-12-31');
  });

  it('answers the same from its kept points as when first asked', () => {
    const quarters = new CalendarPoints('quarter', undefined);
    const first = ['2024-02-29', '2024-11-30', '2025-03-31'].map((day) => quarters.next(day, true));
    expect(['2024-02-29', '2024-11-30', '2025-03-31'].map((day) => quarters.next(day, true))).toEqual(first);
    expect(first).toEqual(['2024-03-31', '2024-12-31', '2025-03-31']);
  });
});
