import { describe, expect, it } from 'vitest';
import { formatCitation, toChineseNumeral } from './citation';

describe('citations', () => {
  it('writes article numbers the way the regulations do', () => {
    expect(toChineseNumeral(1)).toBe('一');
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(12)).toBe('十二');
    expect(toChineseNumeral(20)).toBe('二十');
    expect(toChineseNumeral(33)).toBe('三十三');
    expect(toChineseNumeral(105)).toBe('一百零五');
    expect(toChineseNumeral(112)).toBe('一百一十二');
  });

  it('formats article, paragraph, item and appendix', () => {
    expect(formatCitation({ article: 12 })).toBe('第十二条');
    expect(formatCitation({ article: 11, item: 2 })).toBe('第十一条第（二）项');
    expect(formatCitation({ article: 24, paragraph: 2 })).toBe('第二十四条第二款');
    expect(formatCitation({ appendix: 1 })).toBe('附表1');
  });
});
