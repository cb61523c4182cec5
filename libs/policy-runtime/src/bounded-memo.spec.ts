import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('keeps parts under small keys', () => {
    const memo = new BoundedMemo<string>();
    expect(memo.get(3)).toBeUndefined();
    expect(memo.keep(3, 'c')).toBe('c');
    expect(memo.keep(0, 'a')).toBe('a');
    expect([memo.get(0), memo.get(3), memo.get(1)]).toEqual(['a', 'c', undefined]);
  });

  it('keeps parts under large keys until it is full, then only hands them back', () => {
    const memo = new BoundedMemo<string>(2);
    const large = 10 ** 12;
    expect(memo.keep(large + 1, 'a')).toBe('a');
    expect(memo.keep(large + 2, 'b')).toBe('b');
    expect(memo.keep(large + 3, 'c')).toBe('c');
    expect([memo.get(large + 1), memo.get(large + 2), memo.get(large + 3)]).toEqual(['a', 'b', undefined]);
  });
});
