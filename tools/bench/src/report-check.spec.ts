import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkRecorded, sameReportsTwice, type RecordedDigests } from './report-check';

const entry = (reportsSha256: string, policySha256 = 'p1', inputsSha256 = 'i1') => ({ policySha256, inputs: 3, inputsSha256, reportsSha256 });

describe('the bench’s check that reports stay the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'banfa-bench-'));
  const file = join(dir, 'recorded-reports.json');
  afterEach(() => rmSync(file, { force: true }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const record = (digests: RecordedDigests) => writeFileSync(file, JSON.stringify(digests));

  it('passes when the same policy and inputs give the same reports, and records a first run', () => {
    expect(checkRecorded(file, { 'a.policy.yaml': entry('r1') }, false)).toEqual(['a.policy.yaml: first run; reports recorded']);
    expect(checkRecorded(file, { 'a.policy.yaml': entry('r1') }, false)).toEqual(['a.policy.yaml: 3 reports identical to the recorded ones']);
  });

  it('fails when the same policy and inputs now give other reports, and records nothing', () => {
    record({ 'a.policy.yaml': entry('r1') });
    expect(() => checkRecorded(file, { 'a.policy.yaml': entry('r2') }, false)).toThrow(/a\.policy\.yaml: the same policy and inputs now give different reports[\s\S]*BENCH_ACCEPT_REPORTS=1/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'a.policy.yaml': entry('r1') });
  });

  it('records the new reports of a changed policy, or of a deliberate change when told to', () => {
    record({ 'a.policy.yaml': entry('r1'), 'b.policy.yaml': entry('r1') });
    expect(checkRecorded(file, { 'a.policy.yaml': entry('r2', 'p2'), 'b.policy.yaml': entry('r3') }, true)).toEqual([
      'a.policy.yaml: policy text or inputs changed; reports recorded',
      'b.policy.yaml: reports changed; recorded anew (BENCH_ACCEPT_REPORTS)',
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'a.policy.yaml': entry('r2', 'p2'), 'b.policy.yaml': entry('r3') });
  });

  it('refuses an evaluation that answers one input two ways, and digests equal answers alike', () => {
    let calls = 0;
    // The first input's answer changes from one call to the next.
    expect(() => sameReportsTwice([1, 2], (n) => ({ n, call: n === 1 ? calls++ : 0 }), 'sample')).toThrow('sample: input 0 gave two different reports');
    expect(sameReportsTwice([1, 2], (n) => ({ n, amount: 5n }), 'sample')).toBe(sameReportsTwice([1, 2], (n) => ({ amount: 5n, n }), 'sample'));
    expect(sameReportsTwice([1, 2], (n) => ({ n }), 'sample')).not.toBe(sameReportsTwice([2, 1], (n) => ({ n }), 'sample'));
  });
});
