import type { Fill, Workbook, Worksheet } from 'exceljs';
import type { ColumnHeader } from './column.types';
import type { ComparisonRow, ComparisonSection } from './comparison.types';

/** Fills: a row whose columns differ, the stricter cell of such a row, the header. */
export const DIFFERS_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
export const STRICTER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const WIDTH = { section: 16, label: 30, value: 46, cite: 20, differs: 8, note: 40 } as const;

export interface SheetLayout {
  /** The last column's heading: 严格程度 (matrix) or 差异说明 (outcomes). */
  noteHeading: string;
  note: (row: ComparisonRow) => string;
}

/**
 * One comparison as a sheet: a frozen header row (分类, 项目, then each column's value and its 条款), a row per
 * comparison row; the value cells of a row whose columns differ are filled, the stricter ones in a stronger colour.
 * Cell text is the Chinese text of the comparison cell, "—" where the regulation is silent.
 */
export function addComparisonSheet(
  workbook: Workbook,
  name: string,
  columns: ReadonlyArray<ColumnHeader>,
  sections: ReadonlyArray<ComparisonSection>,
  rows: ReadonlyArray<ComparisonRow>,
  layout: SheetLayout,
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [
    { header: '分类', key: 'section', width: WIDTH.section },
    { header: '项目', key: 'label', width: WIDTH.label },
    ...columns.flatMap((column, index) => [
      { header: column.header, key: `value${index}`, width: WIDTH.value },
      { header: '条款', key: `cite${index}`, width: WIDTH.cite },
    ]),
    { header: '有无差异', key: 'differs', width: WIDTH.differs },
    { header: layout.noteHeading, key: 'note', width: WIDTH.note },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  const sectionLabel = new Map(sections.map((section) => [section.key, section.label]));
  for (const row of rows) {
    const values: Record<string, string> = {
      section: sectionLabel.get(row.section) ?? row.section,
      label: row.label,
      differs: row.differs ? '有差异' : '',
      note: layout.note(row),
    };
    row.cells.forEach((cell, index) => {
      values[`value${index}`] = cell.text;
      values[`cite${index}`] = cell.citeText;
    });
    const added = sheet.addRow(values);
    added.alignment = { vertical: 'top', wrapText: true };
    row.cells.forEach((cell, index) => {
      const value = added.getCell(`value${index}`);
      if (cell.silent) value.font = { color: { argb: 'FF808080' } };
      if (cell.stricter) {
        value.fill = STRICTER_FILL;
        value.font = { bold: true };
      } else if (row.differs) {
        value.fill = DIFFERS_FILL;
      }
    });
  }
  return sheet;
}
