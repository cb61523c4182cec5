import { describe, expect, it } from 'vitest';
import { nearestRange, offsetOf, pathAt, rangeOf } from './yaml-path';

const TEXT = `title: 样例
bodies:
  - id: one
    name: 一局
    cite: { article: 4, quote: 原文 }
  - id: two
after: [apply, review]
`;

const at = (needle: string, extra = 0) => TEXT.indexOf(needle) + extra;

describe('pathAt', () => {
  it('names the pair the cursor is on, on its key or in its value', () => {
    expect(pathAt(TEXT, at('title'))).toEqual(['title']);
    expect(pathAt(TEXT, at('样例', 1))).toEqual(['title']);
    expect(pathAt(TEXT, at('一局'))).toEqual(['bodies', 0, 'name']);
  });

  it('goes into flow maps and lists', () => {
    expect(pathAt(TEXT, at('quote'))).toEqual(['bodies', 0, 'cite', 'quote']);
    expect(pathAt(TEXT, at('review'))).toEqual(['after', 1]);
  });

  it('takes the element a line starts when the cursor is in its indentation or on a dash', () => {
    expect(pathAt(TEXT, at('  - id: two'))).toEqual(['bodies', 1, 'id']);
    expect(pathAt(TEXT, at('    name'))).toEqual(['bodies', 0, 'name']);
  });

  it('answers the part before a syntax error', () => {
    expect(pathAt('title: x\nbodies: [unclosed\n', 2)).toEqual(['title']);
  });
});

describe('rangeOf', () => {
  it('spans a pair from its key to the end of its value, and a block item from its dash', () => {
    expect(TEXT.slice(rangeOf(TEXT, ['bodies', 0, 'name'])?.from, rangeOf(TEXT, ['bodies', 0, 'name'])?.to)).toBe('name: 一局');
    const item = rangeOf(TEXT, ['bodies', 1]);
    expect(TEXT.slice(item?.from, item?.to)).toBe('- id: two');
    const flow = rangeOf(TEXT, ['after', 1]);
    expect(TEXT.slice(flow?.from, flow?.to)).toBe('review');
  });

  it('is null for what is not written, and nearestRange falls back to the parent', () => {
    expect(rangeOf(TEXT, ['bodies', 1, 'name'])).toBeNull();
    expect(TEXT.slice(nearestRange(TEXT, ['bodies', 1, 'name'])?.from, nearestRange(TEXT, ['bodies', 1, 'name'])?.to)).toBe('- id: two');
  });

  it('round-trips with pathAt', () => {
    for (const path of [['title'], ['bodies', 0, 'cite', 'article'], ['after', 0], ['bodies', 1, 'id']]) {
      expect(pathAt(TEXT, rangeOf(TEXT, path)?.from ?? -1)).toEqual(path);
    }
  });
});

describe('offsetOf', () => {
  it('maps a 1-based line and column to an offset, clamped to the line', () => {
    expect(TEXT.slice(offsetOf(TEXT, 3, 5))).toMatch(/^id: one/);
    expect(offsetOf(TEXT, 1, 99)).toBe(TEXT.indexOf('\n'));
    expect(offsetOf(TEXT, 99, 1)).toBe(TEXT.length);
  });
});
