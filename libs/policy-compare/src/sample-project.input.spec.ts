import { describe, expect, it } from 'vitest';
import { parseSampleProject } from './sample-project.input';

describe('parseSampleProject', () => {
  it('reads facts with their unit and dated events, as a --project file', () => {
    const result = parseSampleProject({
      facts: { totalInvestment: '80万元', involvesCryptography: false, mlpsLevel: 3, constructionNature: 'new' },
      events: [{ kind: 'submitted', on: '2025-09-30' }],
    });
    expect(result).toEqual({
      ok: true,
      project: {
        facts: { totalInvestment: 80_000_000n, involvesCryptography: false, mlpsLevel: 3n, constructionNature: 'new' },
        events: [{ kind: 'submitted', on: '2025-09-30' }],
      },
    });
  });

  it('defaults to no facts and no events', () => {
    expect(parseSampleProject({})).toEqual({ ok: true, project: { facts: {}, events: [] } });
  });

  it('names every field at fault', () => {
    const result = parseSampleProject({
      facts: { totalInvestment: '30.0000001万元', flag: { nested: true } },
      events: [{ kind: 'submitted', on: '2025-02-30' }, { kind: 'launched', on: '2025-10-01' }],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['facts.flag', 'events[1].kind', '']));
  });

  it('refuses an amount finer than 1 分 and a day not in the calendar, with their paths', () => {
    const result = parseSampleProject({ facts: { totalInvestment: '30.0000001万元' }, events: [{ kind: 'submitted', on: '2025-02-30' }] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'facts.totalInvestment', message: expect.stringContaining('精度超过 1 分') },
        { path: 'events[0].on', message: expect.stringContaining('不是有效日期') },
      ],
    });
  });
});
