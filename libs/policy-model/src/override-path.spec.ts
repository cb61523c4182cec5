import { describe, expect, it } from 'vitest';
import { cloneData, resolveOverridePath, writeAtPath } from './override-path';

const data = {
  facts: [{ key: 'totalInvestment' }, { key: 'involvesCryptography' }],
  stages: [{ id: 'initiation', steps: [{ id: 'apply', after: [] }, { id: 'review', after: ['apply'] }] }],
  counting: { holidayEnd: 'next-working-day' },
};

describe('resolveOverridePath', () => {
  it('names list elements by id, facts by key, and others by index', () => {
    expect(resolveOverridePath(data, 'stages/initiation/steps/review/after/0', false)).toEqual({ ok: true, path: ['stages', 0, 'steps', 1, 'after', 0] });
    expect(resolveOverridePath(data, 'stages/0/steps/1/after', false)).toEqual({ ok: true, path: ['stages', 0, 'steps', 1, 'after'] });
    expect(resolveOverridePath(data, 'facts/involvesCryptography', false)).toEqual({ ok: true, path: ['facts', 1] });
  });

  it('says how far a path resolved and what is missing', () => {
    const result = resolveOverridePath(data, 'stages/initiation/steps/funding-review/after', true);
    expect(result).toMatchObject({ ok: false, resolved: 'stages/initiation/steps', segment: 'funding-review' });
    if (!result.ok) expect(result.reason).toContain('有：apply、review');
    expect(resolveOverridePath(data, 'counting/holidayEnd/x', true)).toMatchObject({ ok: false, reason: '此处已是单个取值，不能再向下取' });
  });

  it('writes a new key and appends with "-" only when writing', () => {
    expect(resolveOverridePath(data, 'counting/returnedClock', true)).toEqual({ ok: true, path: ['counting', 'returnedClock'] });
    expect(resolveOverridePath(data, 'counting/returnedClock', false)).toMatchObject({ ok: false });
    expect(resolveOverridePath(data, 'stages/initiation/steps/-', true)).toEqual({ ok: true, path: ['stages', 0, 'steps', 2] });
    expect(resolveOverridePath(data, 'stages/initiation/steps/-', false)).toMatchObject({ ok: false });
  });
});

describe('writeAtPath', () => {
  it('sets, appends and removes without touching the original when working on a copy', () => {
    const copy = cloneData(data);
    writeAtPath(copy, ['stages', 0, 'steps', 1, 'after'], { value: [] });
    writeAtPath(copy, ['stages', 0, 'steps', 2], { value: { id: 'decision', after: ['review'] } });
    writeAtPath(copy, ['facts', 0], { remove: true });
    writeAtPath(copy, ['counting', 'holidayEnd'], { remove: true });
    expect(copy).toEqual({
      facts: [{ key: 'involvesCryptography' }],
      stages: [{ id: 'initiation', steps: [{ id: 'apply', after: [] }, { id: 'review', after: [] }, { id: 'decision', after: ['review'] }] }],
      counting: {},
    });
    expect(data.stages[0]?.steps[1]?.after).toEqual(['apply']);
  });
});
