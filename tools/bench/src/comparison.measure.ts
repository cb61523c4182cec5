import type { WorkingCalendar } from '@banfa/calendar';
import { compareConfigurations, compareOutcomes } from '@banfa/policy-compare';
import { parseMoney, type PolicyDocument } from '@banfa/policy-model';
import type { ProjectInput } from '@banfa/policy-runtime';
import { syntheticJurisdictions } from '@banfa/policy-testing';

export const JURISDICTIONS = 100;
export const COMPARISON_GOAL_MS = 300;
const RUNS = 25;

export interface Spread {
  median: number;
  p95: number;
}

export interface ComparisonFigures {
  jurisdictions: number;
  runs: number;
  rows: number;
  /** The first run on documents not seen before (the code warmed up on others): each document is derived and its execution plan compiled. */
  cold: { matrix: number; outcomes: number };
  matrix: Spread;
  outcomes: Spread;
  both: Spread;
}

/** The sample project every jurisdiction is asked about: 80万元, submitted on 2025-09-30. */
const PROJECT: ProjectInput = {
  facts: {
    totalInvestment: parseMoney('80', '万元'),
    involvesCryptography: false,
    inAnnualPlan: true,
    urgent: false,
    constructionNature: 'new',
    newlyEstablishedUnit: false,
    inApplicationPlan: true,
    mergedReportChosen: false,
    projectLevel: 'city',
    provincialCategory: 'other',
    investmentExcludingOperation: parseMoney('80', '万元'),
  },
  events: [{ kind: 'submitted', on: '2025-09-30' }],
};

/**
 * compareConfigurations and compareOutcomes over 100 synthetic jurisdictions made from the seeds: one cold run on
 * fresh documents, then repeated runs (median and p95, milliseconds for all 100 at once).
 */
export function measureComparison(seeds: ReadonlyArray<PolicyDocument>, calendar: WorkingCalendar, runs = RUNS): ComparisonFigures {
  // Two sets of variants: the first warms the code up (V8's JIT), the second is met for the first time by the
  // comparison, so that the first run measures documents not seen before, not a cold process.
  const variants = syntheticJurisdictions(seeds, 2 * JURISDICTIONS);
  const warmUp = variants.slice(0, JURISDICTIONS);
  const docs = variants.slice(JURISDICTIONS);
  const at = '2025-10-01';
  compareConfigurations(warmUp, { at });
  compareOutcomes(warmUp, PROJECT, at, calendar);
  const coldMatrix = millis(() => compareConfigurations(docs, { at }));
  const coldOutcomes = millis(() => compareOutcomes(docs, PROJECT, at, calendar));
  const rows = compareConfigurations(docs, { at }).rows.length;
  for (let i = 0; i < 3; i++) {
    compareConfigurations(docs, { at });
    compareOutcomes(docs, PROJECT, at, calendar);
  }
  const matrix: number[] = [];
  const outcomes: number[] = [];
  for (let i = 0; i < runs; i++) {
    matrix.push(millis(() => compareConfigurations(docs, { at })));
    outcomes.push(millis(() => compareOutcomes(docs, PROJECT, at, calendar)));
  }
  return {
    jurisdictions: docs.length,
    runs,
    rows,
    cold: { matrix: coldMatrix, outcomes: coldOutcomes },
    matrix: spread(matrix),
    outcomes: spread(outcomes),
    both: spread(matrix.map((value, i) => value + (outcomes[i] ?? 0))),
  };
}

/** The section docs/benchmarks.md gets. */
export function comparisonLines(figures: ComparisonFigures): string[] {
  const ms = (value: number) => value.toFixed(1);
  return [
    `### Provincial comparison in the library (${figures.jurisdictions} synthetic jurisdictions from the five seeds; ${figures.runs} runs after 3 warm-up runs)`,
    '',
    `Variants change jurisdiction codes, policy and body ids, scale every money threshold and lengthen periods deterministically (libs/policy-testing/src/synthetic-jurisdictions.ts). The matrix has ${figures.rows} rows; the sample project is 80万元, submitted 2025-09-30, compared on 2025-10-01.`,
    '',
    '| operation (all jurisdictions at once) | first run ms | median ms | p95 ms |',
    '| --- | ---: | ---: | ---: |',
    `| compareConfigurations (configuration matrix) | ${ms(figures.cold.matrix)} | ${ms(figures.matrix.median)} | ${ms(figures.matrix.p95)} |`,
    `| compareOutcomes (evaluate, project the approval path, rows) | ${ms(figures.cold.outcomes)} | ${ms(figures.outcomes.median)} | ${ms(figures.outcomes.p95)} |`,
    `| both | ${ms(figures.cold.matrix + figures.cold.outcomes)} | ${ms(figures.both.median)} | ${ms(figures.both.p95)} |`,
    '',
    'The first run meets the documents for the first time (the code has warmed up on 100 other variants): each document’s rows are derived and its execution plan compiled. Later runs reuse both, as a server that keeps its loaded documents does; parsing and validating the YAML (see the first table) is not included.',
  ];
}

export function comparisonGoal(figures: ComparisonFigures): string {
  const met = figures.both.p95 < COMPARISON_GOAL_MS;
  return `- ${figures.jurisdictions} jurisdictions compared (matrix + one project's outcomes) under ${COMPARISON_GOAL_MS} ms, in the library (the api's figure, through HTTP, is in its own section): p95 ${figures.both.p95.toFixed(1)} ms, first run ${(figures.cold.matrix + figures.cold.outcomes).toFixed(1)} ms — ${met ? 'met' : '**not met**'}`;
}

function millis(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}
