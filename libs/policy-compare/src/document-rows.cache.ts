import type { PolicyDocument } from '@banfa/policy-model';
import { ColumnContext } from './column.context';
import type { CellEntry } from './comparison.types';
import type { EntrySink, RowSpec } from './row.collector';
import { phaseAttachments, type PhaseAttachments } from './rows.attachments';
import { bodyRows } from './rows.bodies';
import { changeRows } from './rows.changes';
import { deadlineRows } from './rows.deadlines';
import { overviewRows } from './rows.overview';
import { reviewRows } from './rows.review';
import { thresholdRows } from './rows.thresholds';

/** What one document contributes to any matrix it is a column of: its entries in order, and its attachments by phase. */
export interface DocumentRows {
  /** Entries under their rows; a row without an entry is declared (it shows even where every column is silent). */
  recorded: ReadonlyArray<{ spec: RowSpec; entry?: CellEntry }>;
  attachments: PhaseAttachments;
}

const cache = new WeakMap<PolicyDocument, DocumentRows>();

/**
 * Derives a document's entries once and keeps them while the document lives (documents are not changed in place: a
 * new version is a new document), as the runtime keeps its execution plan. The entries are frozen: every matrix
 * that has the document as a column shares them.
 */
export function documentRows(doc: PolicyDocument): DocumentRows {
  const known = cache.get(doc);
  if (known) return known;
  const ctx = new ColumnContext(doc);
  const recorded: Array<{ spec: RowSpec; entry?: CellEntry }> = [];
  const sink: EntrySink = {
    add: (spec, entry) => {
      Object.freeze(entry.value);
      recorded.push({ spec, entry: Object.freeze(entry) });
    },
    declare: (spec) => recorded.push({ spec }),
  };
  overviewRows(ctx, sink);
  thresholdRows(ctx, sink);
  reviewRows(ctx, sink);
  deadlineRows(ctx, sink);
  changeRows(ctx, sink);
  bodyRows(ctx, sink);
  const rows: DocumentRows = { recorded, attachments: phaseAttachments(ctx) };
  cache.set(doc, rows);
  return rows;
}

/** Writes a document's entries into one column of a matrix. */
export function replay(rows: DocumentRows, sink: EntrySink): void {
  for (const { spec, entry } of rows.recorded) {
    if (entry) sink.add(spec, entry);
    else sink.declare(spec);
  }
}
