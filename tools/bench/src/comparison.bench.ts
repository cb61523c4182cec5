import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { comparisonGoal, comparisonLines, measureComparison } from './comparison.measure';

/**
 * The comparison bench alone (`npm run bench` runs it with the rest and writes docs/benchmarks.md); prints its section
 * without writing anything. Run from the workspace root:
 *   esbuild tools/bench/src/comparison.bench.ts --bundle --platform=node --format=cjs --target=node20 \
 *     --tsconfig=tools/bench/tsconfig.json --external:exceljs --outfile=dist/bench/comparison.bench.cjs && node dist/bench/comparison.bench.cjs
 */
function main(): void {
  const root = resolve(process.cwd());
  const seeds = readdirSync(join(root, 'policies'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.policy.yaml'))
    .sort()
    .map((file) => loadPolicyYaml(readFileSync(join(root, 'policies', file), 'utf8')));
  const figures = measureComparison(seeds, new WorkingCalendar(chineseDaysYears()));
  process.stdout.write(`${[...comparisonLines(figures), '', comparisonGoal(figures), ''].join('\n')}`);
}

main();
