import type { PolicyDocument } from '@banfa/policy-model';
import { columnHeaders, toColumn } from './column.header';
import type { PolicyColumn } from './column.types';
import type { ConfigurationMatrix } from './comparison.types';
import { documentRows, replay } from './document-rows.cache';
import { RowCollector } from './row.collector';
import { attachmentRows } from './rows.attachments';
import { statusRow } from './rows.overview';
import { MATRIX_SECTIONS } from './sections';

export interface CompareConfigurationsOptions {
  /** The date statuses are read on (a trial past its period shows 试行（已过期））. */
  at?: string;
}

/**
 * The configuration matrix: the parameters of each policy side by side, one column per document (jurisdictions, or
 * versions of one jurisdiction over time). Rows are derived from the documents through their canonical keys — fact
 * keys, body catalogue keys, event kinds, limit and schedule kinds — never typed in per jurisdiction. Each cell has
 * its structured value, its Chinese text and its article; a row says whether the columns differ and, where its
 * values can be ranked, which column is stricter. Pure and deterministic; what a document contributes is derived
 * once per document and shared (frozen) by every matrix it is a column of.
 */
export function compareConfigurations(input: ReadonlyArray<PolicyColumn | PolicyDocument>, options: CompareConfigurationsOptions = {}): ConfigurationMatrix {
  const columns = input.map(toColumn);
  const headers = columnHeaders(columns, options.at);
  const derived = columns.map((column) => documentRows(column.document));
  const rows = new RowCollector(columns.length);
  headers.forEach((header, column) => {
    const sink = rows.column(column);
    statusRow(header, sink);
    replay(derived[column] as (typeof derived)[number], sink);
  });
  attachmentRows(
    derived.map((document) => document.attachments),
    rows,
  );
  return {
    ...(options.at ? { at: options.at } : {}),
    columns: headers,
    sections: [...MATRIX_SECTIONS],
    rows: rows.build(headers, MATRIX_SECTIONS.map((section) => section.key)),
  };
}
