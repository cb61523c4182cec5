import type { ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { PastEvents } from './past-events';

const event = (kind: ProjectEvent['kind'], on: string, step?: string): ProjectEvent => ({ kind, on, ...(step ? { step } : {}) });

describe('PastEvents', () => {
  it('keeps the events up to a day, oldest first, events of one day in the order recorded', () => {
    const events = [
      event('stepCompleted', '2025-10-09', 'b'),
      event('submitted', '2025-09-30'),
      event('stepCompleted', '2025-10-09', 'a'),
      event('accepted', '2026-01-05'),
      event('approvalIssued', '2025-12-31'),
    ];
    const past = new PastEvents(events, '2025-12-31');
    expect(past.events.map((e) => `${e.on}${e.step ?? ''}`)).toEqual(['2025-09-30', '2025-10-09b', '2025-10-09a', '2025-12-31']);
    expect(past.firstOn('stepCompleted')).toBe('2025-10-09');
    expect(past.firstOn('accepted')).toBeUndefined();
  });

  it('orders ISO dates as localeCompare did, over many random days', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const events = Array.from({ length: 300 }, (_, i) =>
      event('stepCompleted', new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 4000) * 86_400_000).toISOString().slice(0, 10), String(i)),
    );
    const expected = [...events].sort((a, b) => a.on.localeCompare(b.on));
    expect(new PastEvents(events, '2099-12-31').events).toEqual(expected);
  });

  it('sorts days that are not ISO dates by localeCompare, as before', () => {
    const events = [event('submitted', '2025-1-10'), event('accepted', '2025-01-02'), event('approvalIssued', '2025-1-09')];
    expect(new PastEvents(events, '2099').events).toEqual([...events].sort((a, b) => a.on.localeCompare(b.on)));
  });
});
