import type { Workbook } from 'exceljs';
import type { ColumnHeader } from './column.types';
import type { ProjectSummary } from './project.describe';
import { DIFFERS_FILL, STRICTER_FILL } from './workbook.sheet';

/**
 * The 说明 sheet: what each column is (jurisdiction, version, status on the comparison date, period of validity),
 * what the colours mean, and the sample project when there is one.
 */
export function addNotesSheet(
  workbook: Workbook,
  columns: ReadonlyArray<ColumnHeader>,
  at: string | undefined,
  project?: ProjectSummary,
): void {
  const sheet = workbook.addWorksheet('说明', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '列', key: 'header', width: 44 },
    { header: '行政区划', key: 'jurisdiction', width: 14 },
    { header: '代码', key: 'code', width: 10 },
    { header: '文件名称', key: 'title', width: 40 },
    { header: '版本', key: 'version', width: 22 },
    { header: '状态', key: 'status', width: 20 },
    { header: '施行期间', key: 'effective', width: 26 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of columns) {
    sheet.addRow({
      header: column.header,
      jurisdiction: column.jurisdiction.name,
      code: column.jurisdiction.code,
      title: column.title,
      version: column.versionLabel,
      status: column.statusText,
      effective: column.effective.from || column.effective.to ? `${column.effective.from ?? '未规定'} 至 ${column.effective.to ?? '未规定'}` : '未载明',
    });
  }
  sheet.addRow([]);
  if (at) sheet.addRow([`比较日期：${at}（状态按此日判断）`]);
  sheet.addRow(['“—”：该办法对此未作规定。']);
  const differs = sheet.addRow(['浅黄色：各办法在该行不一致。']);
  differs.getCell(1).fill = DIFFERS_FILL;
  const stricter = sheet.addRow(['橙色加粗：可比较的各办法中要求较严者（判断方法见“严格程度”列）。']);
  stricter.getCell(1).fill = STRICTER_FILL;
  if (project) {
    sheet.addRow([]);
    sheet.addRow(['样例项目的事实']).font = { bold: true };
    project.facts.forEach((fact) => sheet.addRow([fact.label ? `${fact.label}（${fact.key}）` : fact.key, fact.value]));
    sheet.addRow(['样例项目的事件']).font = { bold: true };
    project.events.forEach((event) => sheet.addRow([event]));
  }
}
