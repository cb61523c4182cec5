import type { ComparisonRow } from '@banfa/policy-compare';
import { describe, expect, it } from 'vitest';
import { differenceSummary, tableLines } from './comparison-rows';

const SECTIONS = [
  { key: 'overview', label: '基本情况' },
  { key: 'thresholds', label: '管理方式与金额门槛' },
  { key: 'bodies', label: '审查机构' },
];

const row = (key: string, section: string, differs: boolean): ComparisonRow => ({ key, kind: key, section, label: key, cells: [], differs, stricter: [] });

const ROWS = [row('status', 'overview', true), row('title', 'overview', false), row('filing-threshold', 'thresholds', true), row('body:audit', 'bodies', false)];

describe('the comparison table’s lines', () => {
  it('puts every row under its section heading, in the sections’ order', () => {
    expect(tableLines(SECTIONS, ROWS, false).map((line) => line.key)).toEqual([
      'section:overview',
      'status',
      'title',
      'section:thresholds',
      'filing-threshold',
      'section:bodies',
      'body:audit',
    ]);
    expect(tableLines(SECTIONS, ROWS, false)[0]).toEqual({ kind: 'section', key: 'section:overview', label: '基本情况', shown: 2, differing: 1 });
  });

  it('只看不同: keeps the rows that differ, and drops a section left empty', () => {
    expect(tableLines(SECTIONS, ROWS, true).map((line) => line.key)).toEqual(['section:overview', 'status', 'section:thresholds', 'filing-threshold']);
  });

  it('keeps a row of a section it does not know, at the end', () => {
    expect(tableLines(SECTIONS.slice(0, 1), [row('x', 'other', true)], false).map((line) => line.key)).toEqual(['section:other', 'x']);
  });

  it('counts the rows that differ', () => {
    expect(differenceSummary(ROWS)).toBe('4 项中 2 项不同');
  });
});
