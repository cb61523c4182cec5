import { describe, expect, it } from 'vitest';
import { FailureWindow } from './failure-window';

describe('FailureWindow', () => {
  it('refuses a key after `limit` failures until the oldest leaves the window', () => {
    const window = new FailureWindow(3, 60_000);
    window.fail('a', 0);
    window.fail('a', 10_000);
    expect(window.retryAfter('a', 20_000)).toBe(0);
    window.fail('a', 20_000);
    expect(window.retryAfter('a', 20_000)).toBe(40_000);
    expect(window.retryAfter('b', 20_000)).toBe(0);
    expect(window.retryAfter('a', 60_001)).toBe(0);
  });

  it('forgets a key when cleared', () => {
    const window = new FailureWindow(1, 60_000);
    window.fail('a', 0);
    expect(window.retryAfter('a', 1)).toBeGreaterThan(0);
    window.clear('a');
    expect(window.retryAfter('a', 1)).toBe(0);
  });

  it('keeps memory bounded when many keys fail', () => {
    const window = new FailureWindow(5, 1_000, 100);
    for (let i = 0; i < 1_000; i++) window.fail(`user-${i}`, i * 10);
    // Keys older than the window were forgotten along the way; recent ones still count.
    expect(window.retryAfter('user-999', 9_990)).toBe(0);
    expect((window as unknown as { failures: Map<string, number[]> }).failures.size).toBeLessThanOrEqual(101);
  });
});
