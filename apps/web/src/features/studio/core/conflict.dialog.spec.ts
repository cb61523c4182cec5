import { describe, expect, it } from 'vitest';
import { changedBlock } from './conflict.dialog';
import { minimalChange } from './yaml-editor';

describe('changedBlock', () => {
  it('cuts the common beginning and end off, leaving the lines that differ on each side', () => {
    expect(changedBlock('a\nb\nmine\nc\n', 'a\nb\ntheirs\nmore\nc\n')).toEqual({ from: 3, mine: ['mine'], theirs: ['theirs', 'more'] });
    expect(changedBlock('same\n', 'same\n')).toBeNull();
  });
});

describe('minimalChange', () => {
  it('replaces only what differs, so the rest of the editor (cursor, scroll) stays', () => {
    const before = 'title: 样例\nissuer: 甲\nstatus: x\n';
    const after = 'title: 样例\nissuer: 甲乙丙\nstatus: x\n';
    const change = minimalChange(before, after);
    expect(change).toEqual({ from: before.indexOf('甲') + 1, to: before.indexOf('甲') + 1, insert: '乙丙' });
    expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).toBe(after);
  });
});
