import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney, parseMoneyWithUnit } from './money';

describe('money', () => {
  it('converts 万元 to integer 分 exactly', () => {
    expect(parseMoney('50', '万元')).toBe(50_000_000n);
    expect(parseMoney('0.000001', '万元')).toBe(1n);
    expect(parseMoney('123456789.12', '万元')).toBe(123_456_789_120_000n);
  });

  it('keeps amounts that binary floating point would round', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004
    expect(parseMoney('0.1', '元') + parseMoney('0.2', '元')).toBe(parseMoney('0.3', '元'));
    expect(formatMoney(parseMoney('9007199254740.993', '万元'), '万元')).toBe('9007199254740.993');
  });

  it('refuses amounts finer than one 分 with the reason', () => {
    expect(() => parseMoney('0.001', '元')).toThrow(/精度超过 1 分/);
    expect(() => parseMoney('1.0000001', '万元')).toThrow(/最多保留 6 位小数/);
  });

  it('refuses text that is not a number', () => {
    expect(() => parseMoney('五十', '万元')).toThrow(/请填写数字/);
    expect(() => parseMoney('1e3', '元')).toThrow(/请填写数字/);
  });

  it('formats without trailing zeros', () => {
    expect(formatMoney(50_000_000n, '万元')).toBe('50');
    expect(formatMoney(1_250_000n, '万元')).toBe('1.25');
    expect(formatMoney(1n, '元')).toBe('0.01');
  });

  it('reads amounts written with their unit', () => {
    expect(parseMoneyWithUnit('30万元')).toBe(30_000_000n);
    expect(parseMoneyWithUnit('1200.5元')).toBe(120_050n);
    expect(parseMoneyWithUnit('30')).toBeNull();
  });
});
