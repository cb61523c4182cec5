import { describe, expect, it } from 'vitest';
import { formatAmount, formatDay, formatYearMonth, sumAmounts } from './print-values.format';

describe('print values', () => {
  it('writes months and days the Chinese way', () => {
    expect(formatYearMonth('2026-03')).toBe('2026年3月');
    expect(formatYearMonth('2026-12')).toBe('2026年12月');
    expect(formatDay('2025-10-14')).toBe('2025年10月14日');
    expect(formatDay('2025-01-05T08:00:00+08:00')).toBe('2025年1月5日');
    expect(formatDay('明年初')).toBe('明年初');
  });

  it('prints amounts exactly as typed, with their unit once', () => {
    expect(formatAmount('80', '万元')).toBe('80万元');
    expect(formatAmount('12.345678', '万元')).toBe('12.345678万元');
    expect(formatAmount('0.10', '元')).toBe('0.10元');
    expect(formatAmount('80万元', '万元')).toBe('80万元');
    expect(formatAmount('', '万元')).toBe('');
  });

  it('sums a column exactly, or leaves the total to the hand when an entry is not an amount', () => {
    expect(sumAmounts(['0.1', '0.2'], '元')).toBe('0.3元');
    expect(sumAmounts(['90000.10', '8000.20', '', undefined], '元')).toBe('98000.3元');
    expect(sumAmounts(['12.000001', '0.000009'], '万元')).toBe('12.00001万元');
    expect(sumAmounts(['5', '约3'], '元')).toBe('');
    expect(sumAmounts([], '元')).toBe('');
  });
});
