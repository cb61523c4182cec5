import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withSection } from './benchmarks-doc';

/**
 * `node dist/bench/write-section.cjs <name> <file>`: puts a benchmark's section (the markdown in <file>) into
 * docs/benchmarks.md between its markers, leaving everything else as it is. For benchmarks outside tools/bench (the
 * api's), which may not import this project.
 */
function main(): void {
  const [name, source] = process.argv.slice(2);
  if (!name || !source) throw new Error('usage: write-section <section name> <markdown file>');
  const target = join(resolve(process.cwd()), 'docs/benchmarks.md');
  writeFileSync(target, withSection(existsSync(target) ? readFileSync(target, 'utf8') : undefined, name, readFileSync(source, 'utf8')));
  process.stdout.write(`docs/benchmarks.md: section ${name} written from ${source}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
