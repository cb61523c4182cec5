import { describe, expect, it } from 'vitest';
import { dayBefore, describeWindow, isCalendarDate, windowContains, windowsOverlap } from './effective-window';

describe('effective windows', () => {
  it('includes both ends of a window', () => {
    const trial = { from: '2023-05-09', to: '2025-05-08' };
    expect(windowContains(trial, '2023-05-09')).toBe(true);
    expect(windowContains(trial, '2025-05-08')).toBe(true);
    expect(windowContains(trial, '2025-05-09')).toBe(false);
    expect(windowContains(trial, '2023-05-08')).toBe(false);
  });

  it('treats a missing start as always and a missing end as open-ended', () => {
    expect(windowContains({ from: null, to: null }, '1990-01-01')).toBe(true);
    expect(windowContains({ from: null, to: '2025-09-30' }, '2025-10-01')).toBe(false);
    expect(windowContains({ from: '2025-10-01', to: null }, '2999-12-31')).toBe(true);
  });

  it('finds an overlap of one shared day, and none between consecutive windows', () => {
    expect(windowsOverlap({ from: '2024-01-01', to: '2025-01-01' }, { from: '2025-01-01', to: null })).toBe(true);
    expect(windowsOverlap({ from: '2024-01-01', to: '2024-12-31' }, { from: '2025-01-01', to: null })).toBe(false);
    expect(windowsOverlap({ from: null, to: null }, { from: '2025-01-01', to: '2025-01-01' })).toBe(true);
    expect(windowsOverlap({ from: '2026-01-01', to: null }, { from: '2025-01-01', to: '2025-12-31' })).toBe(false);
  });

  it('ends a predecessor on the day before, across months, years and 29 February', () => {
    expect(dayBefore('2025-10-01')).toBe('2025-09-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });

  it('describes a window for a message', () => {
    expect(describeWindow({ from: '2025-10-01', to: null })).toBe('2025-10-01 起');
    expect(describeWindow({ from: '2023-05-09', to: '2025-05-08' })).toBe('2023-05-09 至 2025-05-08');
  });
});
