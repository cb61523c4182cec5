import { describe, expect, it } from 'vitest';
import { selectionBody, selectionQuery } from './comparison-selection';

describe('the comparison selection', () => {
  it('compares the chosen jurisdictions, each on the comparison date', () => {
    const selection = { mode: 'places' as const, codes: ['441623', '371702'], historyCode: '441623' };
    expect(selectionQuery(selection, '2025-10-01')).toBe('jurisdictions=441623,371702&at=2025-10-01');
    expect(selectionBody(selection)).toEqual({ jurisdictions: ['441623', '371702'] });
  });

  it('compares one jurisdiction’s published versions over time', () => {
    const selection = { mode: 'history' as const, codes: ['441623', '371702'], historyCode: '441623' };
    expect(selectionQuery(selection, '2025-10-01')).toBe('history=441623&at=2025-10-01');
    expect(selectionBody(selection)).toEqual({ history: '441623' });
  });

  it('asks nothing of the api until something is chosen', () => {
    expect(selectionQuery({ mode: 'places', codes: [], historyCode: null }, '2025-10-01')).toBeNull();
    expect(selectionBody({ mode: 'history', codes: ['441623'], historyCode: null })).toBeNull();
  });
});
