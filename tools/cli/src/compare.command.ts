import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { comparisonWorkbook, compareConfigurations, compareOutcomes, type OutcomeComparison } from '@banfa/policy-compare';
import { eventsSchema, factsSchema, toEvents, toFactValues } from '@banfa/policy-testing';
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { formatTable } from './compare-table.format';
import { locatePolicy } from './policy-locator';
import { readInput } from './project-input';

export interface CompareOptions {
  at: string;
  dir: string;
  project?: string;
  json?: boolean;
  xlsx?: string;
  width?: string;
}

/** A sample project: its facts (money with its unit) and dated events, as `banfa evaluate` reads them, in one file. */
const projectFileSchema = z.strictObject({ facts: factsSchema.default({}), events: eventsSchema.default([]) });

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * `banfa compare 441623 371702 …`: the configuration matrix of the policies named (jurisdiction codes, policy ids,
 * folders or files, each with an optional @version; without one, the version in force on --at), and with --project the
 * outcome of one sample project under each. A Chinese table, JSON (--json), and/or an Excel workbook (--xlsx).
 */
export async function compareCommand(references: ReadonlyArray<string>, options: CompareOptions, out: (line: string) => void): Promise<number> {
  if (!isIsoDate(options.at)) throw new Error(`--at 应为 YYYY-MM-DD，而不是“${options.at}”`);
  const width = options.width === undefined ? (process.stdout.columns ?? 160) : Number(options.width);
  if (!Number.isInteger(width) || width < 40) throw new Error(`--width 应为不小于 40 的整数，而不是“${options.width ?? ''}”`);
  const located = references.map((reference) => locatePolicy(reference, options.dir, options.at));
  const documents = located.map((policy) => policy.document);
  const matrix = compareConfigurations(documents, { at: options.at });

  let outcomes: OutcomeComparison | undefined;
  if (options.project) {
    const file = readInput(options.project, projectFileSchema, '项目文件');
    const project = { facts: toFactValues(file.facts), events: toEvents(file.events) };
    outcomes = compareOutcomes(documents, project, options.at, new WorkingCalendar(chineseDaysYears()));
    // A value of the wrong type is bad input (a money fact without its unit …): refused like `banfa evaluate` does.
    const invalid = outcomes.outcomes.flatMap((outcome) => outcome.facts.invalid)[0];
    if (invalid) throw new Error(`项目文件（${options.project}）${invalid.message}`);
  }

  if (options.xlsx) {
    const buffer = await comparisonWorkbook(matrix, outcomes).xlsx.writeBuffer();
    writeFileSync(options.xlsx, new Uint8Array(buffer as ArrayBuffer));
  }
  if (options.json) {
    const columns = matrix.columns.map((column, index) => ({ ...column, file: located[index]?.file }));
    const json = {
      at: options.at,
      columns,
      matrix: { sections: matrix.sections, rows: matrix.rows },
      ...(outcomes
        ? { outcomes: { project: outcomes.project, columns: outcomes.outcomes.map(({ report: _report, ...outcome }) => outcome), sections: outcomes.sections, rows: outcomes.rows } }
        : {}),
    };
    out(JSON.stringify(json, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2));
    return 0;
  }

  out(`比较 ${documents.length} 个政策文件（状态按 ${options.at} 判断）：`);
  matrix.columns.forEach((column, index) => out(`  ${column.header}  ${located[index]?.file ?? ''}`));
  out('“—”：未作规定；“≠”：各办法不一致；“★”：可比较者中要求较严');
  out('');
  out('配置对照');
  formatTable(matrix.columns, matrix.sections, matrix.rows, width).forEach((line) => out(line));
  if (outcomes) {
    out('');
    out(`样例项目（${options.project}）：${outcomes.project.facts.map((fact) => `${fact.label ?? fact.key}=${fact.value}`).join('，')}${outcomes.project.events.length > 0 ? `；事件：${outcomes.project.events.join('，')}` : ''}`);
    out('结果对照');
    formatTable(outcomes.columns, outcomes.sections, outcomes.rows, width).forEach((line) => out(line));
    for (const row of outcomes.rows.filter((candidate) => candidate.differs && (candidate.key === 'track' || candidate.key === 'approval-time'))) {
      out(`${row.label}的差异：`);
      (row.explanation ?? []).forEach((line) => out(`  ${line}`));
    }
  }
  if (options.xlsx) out(`已写入 Excel：${options.xlsx}`);
  return 0;
}
