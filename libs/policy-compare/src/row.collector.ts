import type { ColumnHeader } from './column.types';
import type { CellEntry, ComparisonCell, ComparisonRow } from './comparison.types';
import { cellMeasures, strictestCells, type Measure } from './strictness.measure';

/** What a row is, before its cells are filled. */
export interface RowSpec {
  key: string;
  kind: string;
  section: string;
  label: string;
  /** The place of the row in its section (rows with the same rank keep the order they were first met in). */
  rank?: number;
  /** How the row ranks values, in Chinese; rows without it are not ranked. */
  strictness?: string;
  /** The measures of a cell, when the row ranks them otherwise than entry by entry. */
  measure?: (entries: ReadonlyArray<CellEntry>) => Measure[];
  /** What makes two entries the same for `differs` (default: their structured value). */
  signature?: (entry: CellEntry) => string;
}

export const SILENT = '—';

/** Where a row deriver writes what one document says: entries under their rows, and rows that must show. */
export interface EntrySink {
  add(spec: RowSpec, entry: CellEntry): void;
  declare(spec: RowSpec): void;
}

/**
 * Collects the entries of every row, column by column, and then makes the rows: cells with their text and articles,
 * whether the columns differ, and the strictest cells where the row ranks its values.
 */
export class RowCollector {
  private readonly rows = new Map<string, { spec: RowSpec; entries: CellEntry[][]; first: number }>();

  constructor(private readonly columnCount: number) {}

  add(spec: RowSpec, column: number, entry: CellEntry): void {
    let row = this.rows.get(spec.key);
    if (!row) {
      row = { spec, entries: Array.from({ length: this.columnCount }, () => []), first: this.rows.size };
      this.rows.set(spec.key, row);
    }
    row.entries[column]?.push(entry);
  }

  /** The entries of one column. */
  column(column: number): EntrySink {
    return { add: (spec, entry) => this.add(spec, column, entry), declare: (spec) => this.declare(spec) };
  }

  /** Declares a row that must appear even where every column is silent (so that silence shows). */
  declare(spec: RowSpec): void {
    if (!this.rows.has(spec.key)) this.rows.set(spec.key, { spec, entries: Array.from({ length: this.columnCount }, () => []), first: this.rows.size });
  }

  build(columns: ReadonlyArray<ColumnHeader>, sectionOrder: ReadonlyArray<string>): ComparisonRow[] {
    return [...this.rows.values()]
      .sort(
        (a, b) =>
          sectionOrder.indexOf(a.spec.section) - sectionOrder.indexOf(b.spec.section) ||
          (a.spec.rank ?? Number.MAX_SAFE_INTEGER) - (b.spec.rank ?? Number.MAX_SAFE_INTEGER) ||
          a.first - b.first,
      )
      .map(({ spec, entries }) => finishRow(spec, entries, columns));
  }
}

function finishRow(spec: RowSpec, entries: ReadonlyArray<CellEntry[]>, columns: ReadonlyArray<ColumnHeader>): ComparisonRow {
  const cells: ComparisonCell[] = entries.map((cellEntries, index) => toCell(columns[index]?.key ?? String(index), cellEntries));
  const signature = (entry: CellEntry) => signatureOf(entry, spec.signature);
  const signatures = cells.map((cell) => (cell.silent ? SILENT : [...new Set(cell.entries.map(signature))].sort().join('|')));
  const differs = new Set(signatures).size > 1;
  const stricter: string[] = [];
  if (spec.strictness) {
    const measures = cells.map((cell) => (spec.measure ?? cellMeasures)(cell.entries));
    for (const index of strictestCells(measures)) {
      const cell = cells[index];
      if (!cell) continue;
      cell.stricter = true;
      stricter.push(cell.column);
    }
  }
  return {
    key: spec.key,
    kind: spec.kind,
    section: spec.section,
    label: spec.label,
    cells,
    differs,
    stricter,
    ...(spec.strictness ? { strictness: spec.strictness } : {}),
  };
}

export function toCell(column: string, entries: CellEntry[]): ComparisonCell {
  if (entries.length === 0) return { column, silent: true, entries, text: SILENT, citeText: '', stricter: false };
  const cites = [...new Set(entries.map((entry) => entry.citeText).filter(Boolean))];
  return { column, silent: false, entries, text: entries.map((entry) => entry.text).join('；'), citeText: cites.join('、'), stricter: false };
}

const signatures = new WeakMap<CellEntry, string>();

/**
 * What makes an entry the same as another. Kept for the frozen entries a document contributes to every matrix (an
 * entry belongs to one row); computed afresh for the entries of one comparison only.
 */
function signatureOf(entry: CellEntry, signature: RowSpec['signature']): string {
  if (!Object.isFrozen(entry)) return signature ? signature(entry) : JSON.stringify(entry.value);
  let known = signatures.get(entry);
  if (known === undefined) {
    known = signature ? signature(entry) : JSON.stringify(entry.value);
    signatures.set(entry, known);
  }
  return known;
}
