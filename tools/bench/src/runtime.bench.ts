import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, parseMoney, parsePolicyYaml } from '@banfa/policy-model';
import { evaluate } from '@banfa/policy-runtime';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Baseline figures for the runtime, measured in one run so they compare as ratios. Writes docs/benchmarks.md.
 * Run with `npm run bench`.
 */
const root = resolve(__dirname, '../../..');
const files = readdirSync(join(root, 'policies'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.policy.yaml')).sort();
const texts = files.map((file) => readFileSync(join(root, 'policies', file), 'utf8'));
const policies = texts.map((text) => loadPolicyYaml(text));
const calendar = new WorkingCalendar(chineseDaysYears());

function measure(name: string, iterations: number, run: (i: number) => void): { name: string; perOpMicros: number; iterations: number } {
  for (let i = 0; i < Math.min(200, iterations); i++) run(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run(i);
  const elapsed = Number(process.hrtime.bigint() - start) / 1000;
  return { name, perOpMicros: elapsed / iterations, iterations };
}

const results = [
  measure(`parse and validate a seed policy (YAML → checked document; ${files.length} policies in turn)`, 200, (i) =>
    parsePolicyYaml(texts[i % texts.length] ?? ''),
  ),
  measure(`evaluate a submitted project under a seed policy (${files.length} policies in turn)`, 5000, (i) =>
    evaluate(
      policies[i % policies.length] as (typeof policies)[number],
      { facts: { totalInvestment: parseMoney(String(51 + (i % 100)), '万元'), involvesCryptography: i % 2 === 0 }, events: [{ kind: 'submitted', on: '2025-09-30' }] },
      '2025-10-20',
      { calendar },
    ),
  ),
  measure('add 20 working days on the official calendar', 20000, (i) => calendar.addWorkingDays(`2025-0${1 + (i % 9)}-15`, 20)),
];

const evaluateCost = results[1]?.perOpMicros ?? 1;
const lines = [
  '# Benchmarks',
  '',
  'Produced by `npm run bench` (tools/bench). Figures from one run on one machine; compare them as ratios within a run.',
  '',
  `- date: ${new Date().toISOString().slice(0, 10)}`,
  `- machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  '',
  '| what | iterations | µs per operation | relative to one evaluation |',
  '|---|---:|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.iterations} | ${r.perOpMicros.toFixed(1)} | ${(r.perOpMicros / evaluateCost).toFixed(2)}× |`),
  '',
];
writeFileSync(join(root, 'docs/benchmarks.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
