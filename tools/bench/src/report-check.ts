import { canonicalJson } from '@banfa/policy-model';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What was recorded for one policy file: its text's hash, its inputs (how many, and the digest of the sample projects they grow from), and the digest of all their reports. */
export interface RecordedReports {
  policySha256: string;
  inputs: number;
  inputsSha256: string;
  reportsSha256: string;
}

export type RecordedDigests = Record<string, RecordedReports>;

/** canonicalJson with bigints as decimal strings (a report has none today; a future one must not break the check). */
export function reportText(report: unknown): string {
  return canonicalJson(JSON.parse(JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))));
}

/**
 * Evaluates every input twice, forwards and then backwards (so that the parts reports share are first built by
 * different projects), and insists that each input gets the same report both times. Returns the SHA-256 of all
 * the reports in input order.
 */
export function sameReportsTwice<T>(inputs: readonly T[], evaluate: (input: T) => unknown, label: string): string {
  const first = inputs.map((input) => reportText(evaluate(input)));
  for (let i = inputs.length - 1; i >= 0; i--) {
    const again = reportText(evaluate(inputs[i] as T));
    if (again !== first[i]) throw new Error(`${label}: input ${i} gave two different reports:\n${first[i]}\n${again}`);
  }
  const hash = createHash('sha256');
  for (const text of first) hash.update(text).update('\n');
  return hash.digest('hex');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Compares this run's digests with the recorded ones. For a policy file whose text and inputs are unchanged, the reports must be
 * the same as recorded: a change of the runtime that changes any report fails the bench (set BENCH_ACCEPT_REPORTS=1
 * to record the new reports after a deliberate change). A policy whose text changed, or a new one, is recorded anew.
 * Returns what it did, in words, one line per policy file.
 */
export function checkRecorded(file: string, current: RecordedDigests, accept: boolean): string[] {
  const recorded: RecordedDigests = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RecordedDigests) : {};
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [policy, now] of Object.entries(current)) {
    const before = recorded[policy];
    if (!before || before.policySha256 !== now.policySha256 || before.inputsSha256 !== now.inputsSha256) {
      lines.push(`${policy}: ${before ? 'policy text or inputs changed' : 'first run'}; reports recorded`);
    } else if (before.reportsSha256 === now.reportsSha256) {
      lines.push(`${policy}: ${now.inputs} reports identical to the recorded ones`);
    } else if (accept) {
      lines.push(`${policy}: reports changed; recorded anew (BENCH_ACCEPT_REPORTS)`);
    } else {
      failures.push(`${policy}: the same policy and inputs now give different reports (recorded ${before.reportsSha256.slice(0, 12)}, now ${now.reportsSha256.slice(0, 12)})`);
    }
  }
  if (failures.length > 0) {
    throw new Error(`${failures.join('\n')}\nIf the change is deliberate, run the bench again with BENCH_ACCEPT_REPORTS=1 to record the new reports.`);
  }
  writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  return lines;
}
