import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { ConfigurationMatrix } from './comparison.types';
import type { OutcomeComparison } from './outcome.types';
import { addNotesSheet } from './workbook.notes';
import { addComparisonSheet } from './workbook.sheet';

/** The configuration matrix as an Excel workbook: sheets 配置对照 and 说明. Write it with `workbook.xlsx.writeBuffer()`. */
export function matrixWorkbook(matrix: ConfigurationMatrix): Workbook {
  return comparisonWorkbook(matrix, undefined);
}

/** The outcome comparison as an Excel workbook: sheets 结果对照 and 说明 (with the sample project). */
export function outcomesWorkbook(outcomes: OutcomeComparison): Workbook {
  return comparisonWorkbook(undefined, outcomes);
}

/** Both in one workbook (配置对照, 结果对照, 说明), as `banfa compare --project … --xlsx` writes it. */
export function comparisonWorkbook(matrix: ConfigurationMatrix | undefined, outcomes: OutcomeComparison | undefined): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Banfa';
  if (matrix) {
    addComparisonSheet(workbook, '配置对照', matrix.columns, matrix.sections, matrix.rows, {
      noteHeading: '严格程度',
      note: (row) => [row.strictness ?? '', row.stricter.length > 0 ? `较严：${row.stricter.map((key) => matrix.columns.find((column) => column.key === key)?.jurisdiction.name ?? key).join('、')}` : '']
        .filter(Boolean)
        .join('\n'),
    });
  }
  if (outcomes) {
    addComparisonSheet(workbook, '结果对照', outcomes.columns, outcomes.sections, outcomes.rows, {
      noteHeading: '差异说明',
      note: (row) => (row.explanation ?? []).join('\n'),
    });
  }
  const columns = matrix?.columns ?? outcomes?.columns ?? [];
  addNotesSheet(workbook, columns, outcomes?.at ?? matrix?.at, outcomes?.project);
  return workbook;
}
