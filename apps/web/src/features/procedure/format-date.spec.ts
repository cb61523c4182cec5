import { describe, expect, it } from 'vitest';
import { formatChineseDate } from './format-date';

describe('formatChineseDate', () => {
  it('writes dates the Chinese way', () => {
    expect(formatChineseDate('2025-10-14')).toBe('2025年10月14日');
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
