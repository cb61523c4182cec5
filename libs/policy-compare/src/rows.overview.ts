import type { ColumnContext } from './column.context';
import type { ColumnHeader } from './column.types';
import type { EntrySink, RowSpec } from './row.collector';

const STATUS_ROW: RowSpec = { key: 'status', kind: 'status', section: 'overview', label: '文件状态', rank: 0 };
const EFFECTIVE_ROW: RowSpec = { key: 'effective', kind: 'effective', section: 'overview', label: '施行期间', rank: 1 };
const TITLE_ROW: RowSpec = { key: 'title', kind: 'title', section: 'overview', label: '文件名称', rank: 2 };

/** The status on the comparison date (it depends on the date and on the column, not on the document alone). */
export function statusRow(header: ColumnHeader, rows: EntrySink): void {
  rows.add(STATUS_ROW, { source: 'status', value: { kind: 'text', text: header.statusText }, text: header.statusText, citeText: '' });
}

/** The period of validity and the title: what a reader checks first. */
export function overviewRows(ctx: ColumnContext, rows: EntrySink): void {
  const { doc } = ctx;
  const { from, to, note } = doc.effective;
  const period = from || to ? `${from ?? '未规定'} 至 ${to ?? '未规定'}` : '未载明';
  rows.add(EFFECTIVE_ROW, { source: 'effective', value: { kind: 'text', text: period }, text: note ? `${period}（${note}）` : period, citeText: '' });
  const title = `${doc.title}${doc.documentNumber ? `（${doc.documentNumber}）` : ''}`;
  rows.add(TITLE_ROW, { source: 'title', value: { kind: 'text', text: title }, text: title, citeText: '' });
}
