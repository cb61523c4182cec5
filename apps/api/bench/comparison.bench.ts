import 'reflect-metadata';
import type { ComparisonMatrixView, OutcomeComparisonView } from '@banfa/api-contract';
import { parsePolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { syntheticJurisdictions } from '@banfa/policy-testing';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { call, registerJurisdictions, request, startBenchApp } from './bench-app';

const JURISDICTIONS = 100;
const RUNS = 25;
const GOAL_MS = 300;
const AT = '2025-10-01';
/** Where the section for docs/benchmarks.md is written (tools/bench's write-section puts it in place). */
const OUTPUT = 'dist/bench/api-comparison.md';

/** The sample project of the library bench (tools/bench comparison.measure.ts), as the api takes it: amounts as text. */
const PROJECT = {
  facts: {
    totalInvestment: '80万元',
    involvesCryptography: false,
    inAnnualPlan: true,
    urgent: false,
    constructionNature: 'new',
    newlyEstablishedUnit: false,
    inApplicationPlan: true,
    mergedReportChosen: false,
    projectLevel: 'city',
    provincialCategory: 'other',
    investmentExcludingOperation: '80万元',
  },
  events: [{ kind: 'submitted', on: '2025-09-30' }],
};

interface Timing {
  first: number;
  median: number;
  p95: number;
  /** The median CPU time of the process per request (server and client; robust to other processes on the machine). */
  cpu: number;
  bytes: number;
}

/**
 * Issue 8 in the api: 100 synthetic jurisdictions made from the five seeds (libs/policy-testing), each imported and
 * published through the api by the platform administrator, then compared through HTTP as the web asks — the
 * configuration matrix (GET /api/comparisons/matrix) and one sample project's outcomes (POST /api/comparisons/outcomes)
 * — on the real application and a fresh SQLite database. The first request of each (documents read from the database
 * and checked, rows derived, plans compiled), then the median and p95 of 25 more.
 */
async function main(): Promise<void> {
  const root = resolve(process.cwd());
  const seeds = readdirSync(join(root, 'policies'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.policy.yaml'))
    .sort()
    .map((file) => written(readFileSync(join(root, 'policies', file), 'utf8'), file));
  const documents = syntheticJurisdictions(seeds, JURISDICTIONS);
  const codes = documents.map((doc) => doc.jurisdiction.code);

  const bench = await startBenchApp(root);
  try {
    await registerJurisdictions(bench.app, documents);
    const token = (await call<{ token: string }>(bench.base, null, 'POST', '/auth/login', { username: 'admin', password: 'banfa2025' })).token;
    const published = Date.now();
    for (const doc of documents) {
      const draft = await call<{ id: string }>(bench.base, token, 'POST', '/policy-versions/import', { yaml: JSON.stringify(doc), fileName: `${doc.id}.policy.yaml` }, 201);
      await call(bench.base, token, 'POST', `/policy-versions/${encodeURIComponent(draft.id)}/publish`, { effectiveFrom: '2025-01-01' });
    }
    const setupSeconds = (Date.now() - published) / 1000;

    const matrixPath = `/comparisons/matrix?jurisdictions=${codes.join(',')}&at=${AT}`;
    const outcomesBody = { jurisdictions: codes, at: AT, project: PROJECT };
    const matrix = await time(
      () => request(bench.base, token, 'GET', matrixPath),
      (body) => (JSON.parse(body) as ComparisonMatrixView).columns.length,
    );
    const outcomes = await time(
      () => request(bench.base, token, 'POST', '/comparisons/outcomes', outcomesBody),
      (body) => (JSON.parse(body) as OutcomeComparisonView).outcomes.length,
    );
    const section = lines(matrix, outcomes, setupSeconds);
    mkdirSync(dirname(join(root, OUTPUT)), { recursive: true });
    writeFileSync(join(root, OUTPUT), `${section.join('\n')}\n`);
    process.stdout.write(`${section.join('\n')}\n`);
  } finally {
    await bench.close();
  }
}

/** A seed as written (the api stores the written document and applies the readings itself). */
function written(text: string, file: string): PolicyDocument {
  const parsed = parsePolicyYaml(text);
  if (!parsed.ok) throw new Error(`policies/${file} does not validate: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.written;
}

/**
 * The first request, then RUNS more, each from sending it to the last byte of the answer. The first and the last
 * answers are checked (outside the times) to hold a column for every jurisdiction.
 */
async function time(send: () => Promise<Buffer>, columns: (body: string) => number): Promise<Timing> {
  const once = async () => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const body = await send();
    const millis = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    return { millis, cpu: (used.user + used.system) / 1000, body };
  };
  const check = (body: Buffer) => {
    const count = columns(body.toString('utf8'));
    if (count !== JURISDICTIONS) throw new Error(`the answer has ${count} columns, not ${JURISDICTIONS}`);
  };
  const first = await once();
  check(first.body);
  const runs: number[] = [];
  const cpu: number[] = [];
  let last = first.body;
  for (let i = 0; i < RUNS; i++) {
    const run = await once();
    runs.push(run.millis);
    cpu.push(run.cpu);
    last = run.body;
  }
  check(last);
  return { first: first.millis, median: quantile(runs, 0.5), p95: quantile(runs, 0.95), cpu: quantile(cpu, 0.5), bytes: first.body.length };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function lines(matrix: Timing, outcomes: Timing, setupSeconds: number): string[] {
  // Other processes on the machine lengthen the times (not the CPU times): the load says how busy it was.
  const load = loadavg().map((value) => value.toFixed(1)).join(' / ');
  const ms = (value: number) => value.toFixed(1);
  const row = (name: string, t: Timing) => `| ${name} | ${ms(t.first)} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.cpu)} | ${(t.bytes / 1024).toFixed(0)} |`;
  const worst = Math.max(matrix.p95, outcomes.p95);
  return [
    `## Provincial comparison in the api (${JURISDICTIONS} synthetic jurisdictions, through HTTP)`,
    '',
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${load}`,
    '',
    `Produced by \`npm run bench\` (apps/api/bench/comparison.bench.ts): the real application on a fresh SQLite database, ${JURISDICTIONS} synthetic jurisdictions made from the five seeds (libs/policy-testing/src/synthetic-jurisdictions.ts) imported and published through the api by the platform administrator (${setupSeconds.toFixed(0)} s, not timed), then each request timed from sending it to the last byte of the answer, on a local port: the first one, then ${RUNS} more. The sample project is 80万元, submitted 2025-09-30, compared on ${AT}.`,
    '',
    '| request (all jurisdictions at once) | first request ms | median ms | p95 ms | median CPU ms | answer KiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(`GET /api/comparisons/matrix?jurisdictions=<${JURISDICTIONS} codes>`, matrix),
    row('POST /api/comparisons/outcomes (the sample project through every policy)', outcomes),
    '',
    `- ${JURISDICTIONS} jurisdictions compared under ${GOAL_MS} ms in the api: p95 ${ms(worst)} ms (the slower request), first requests ${ms(matrix.first)} / ${ms(outcomes.first)} ms — ${worst < GOAL_MS ? 'met' : '**not met**'}`,
    '',
    'The first request reads each version from the database once, checks its content hash and derives its effective document; later requests reuse them, as the running server does. A request does no YAML parsing. The goal is judged on the p95 of the later requests; “median CPU ms” is the CPU time the process (the api and the client reading the answer) spent per request, which other processes on the machine do not lengthen.',
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
