import { formatMoney } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { wanText } from './money-text.format';

describe('wanText', () => {
  it('writes 万元 without trailing zeros', () => {
    expect(wanText(0n)).toBe('0');
    expect(wanText(50_000_000n)).toBe('50');
    expect(wanText(49_999_999n)).toBe('49.999999');
    expect(wanText(1_500_000n)).toBe('1.5');
    expect(wanText(1n)).toBe('0.000001');
    expect(wanText(-5n)).toBe('-0.000005');
    expect(wanText(-30_000_000_000n)).toBe('-30000');
  });

  it('gives the text formatMoney gives, around every power of ten and at random', () => {
    const samples: bigint[] = [];
    for (let power = 0n; power <= 18n; power++) {
      const base = 10n ** power;
      for (const delta of [-1n, 0n, 1n, 7n]) samples.push(base + delta, -(base + delta), base * 3n + delta);
    }
    let seed = 20251122n;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 63n;
      samples.push(seed % 10n ** BigInt(1 + (i % 18)));
    }
    for (const fen of samples) {
      if (wanText(fen) !== formatMoney(fen, '万元')) expect(`${fen}: ${wanText(fen)}`).toBe(`${fen}: ${formatMoney(fen, '万元')}`);
    }
  });
});

describe('wanText past 2⁵³ 分', () => {
  it('stays exact where Number would not', () => {
    expect(wanText(9_007_199_254_740_993n)).toBe('9007199254.740993');
    expect(wanText(-123_456_789_012_345_678_901n)).toBe('-123456789012345.678901');
    expect(wanText(10n ** 30n)).toBe('1000000000000000000000000');
  });
});
