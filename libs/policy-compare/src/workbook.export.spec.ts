import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { parseMoney } from '@banfa/policy-model';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareConfigurations } from './compare-configurations';
import { compareOutcomes } from './compare-outcomes';
import { lianping, mudan, SEEDS, xiangfen } from './fixtures/seed-policies.fixture';
import { comparisonWorkbook, matrixWorkbook, outcomesWorkbook } from './workbook.export';

/** Writes a workbook to a buffer and reads it back, as a user's spreadsheet program would. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer);
  return read;
}

/** The cell at a row label and a column heading (the row of headings is the first). */
function at(sheet: Worksheet, label: string, heading: string, offset = 0) {
  const headings = sheet.getRow(1).values as unknown[];
  const column = headings.indexOf(heading);
  if (column < 0) throw new Error(`no column ${heading}: ${headings.join(' | ')}`);
  let found: number | undefined;
  sheet.eachRow((row, number) => {
    if (found === undefined && row.getCell(2).value === label) found = number;
  });
  if (found === undefined) throw new Error(`no row ${label}`);
  return sheet.getRow(found).getCell(column + offset);
}

const matrix = compareConfigurations(SEEDS, { at: '2025-10-01' });
const header = (id: string) => matrix.columns.find((column) => column.policyId === id)?.header ?? id;

describe('Excel export', () => {
  it('writes the matrix with Chinese sheet names, a frozen header row and set column widths', async () => {
    const book = await roundTrip(matrixWorkbook(matrix));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['配置对照', '说明']);
    const sheet = book.getWorksheet('配置对照') as Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getColumn(3).width).toBe(46);
    expect(sheet.getRow(1).getCell(3).value).toBe('襄汾县（141023）2022年1月25日印发〔现行有效〕');
    expect(sheet.getRow(1).getCell(4).value).toBe('条款');
  });

  it('puts 连平’s 50万元 filing threshold in its cell with 第十二条 beside it, filled as the stricter one', async () => {
    const sheet = (await roundTrip(matrixWorkbook(matrix))).getWorksheet('配置对照') as Worksheet;
    const value = at(sheet, '备案制门槛', header(lianping.id));
    expect(value.value).toBe('项目总投资 ≤ 50万元（A1） → 备案制');
    expect(at(sheet, '备案制门槛', header(lianping.id), 1).value).toBe('第十二条');
    expect(value.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } });
    expect(at(sheet, '备案制门槛', header(xiangfen.id)).value).toBe('—');
    expect(at(sheet, '备案制门槛', header(xiangfen.id)).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(at(sheet, '备案制门槛', '有无差异').value).toBe('有差异');
    expect(String(at(sheet, '备案制门槛', '严格程度').value)).toContain('较严：连平县');
  });

  it('puts 牡丹区’s 100万元 supervision threshold with 第十七条', async () => {
    const sheet = (await roundTrip(matrixWorkbook(matrix))).getWorksheet('配置对照') as Worksheet;
    expect(at(sheet, '工程监理的金额门槛', header(mudan.id)).value).toBe('项目总投资 ≥ 100万元（A24） → 环节“委托工程监理单位（实行工程监理制）”');
    expect(at(sheet, '工程监理的金额门槛', header(mudan.id), 1).value).toBe('第十七条');
  });

  it('leaves rows that agree unfilled', async () => {
    const sheet = (await roundTrip(matrixWorkbook(matrix))).getWorksheet('配置对照') as Worksheet;
    const agreeing = at(sheet, '财政部门', header(lianping.id));
    expect(agreeing.value).toBe('县财政局');
    expect((agreeing.fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
  });

  it('writes the outcomes with the working days, the explanations and the sample project', async () => {
    const project = { facts: { totalInvestment: parseMoney('80', '万元'), involvesCryptography: false }, events: [{ kind: 'submitted' as const, on: '2025-09-30' }] };
    const outcomes = compareOutcomes([lianping, mudan], project, '2025-10-01', new WorkingCalendar(chineseDaysYears()));
    const book = await roundTrip(outcomesWorkbook(outcomes));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['结果对照', '说明']);
    const sheet = book.getWorksheet('结果对照') as Worksheet;
    const days = at(sheet, '立项用时（工作日，自申报至立项环节最后期限）', outcomes.columns[0]?.header ?? '');
    expect(days.value).toBe('原则上27个工作日（2025-09-30申报，至2025-11-13）');
    expect(at(sheet, '管理方式', outcomes.columns[0]?.header ?? '', 1).value).toBe('第十一条');
    expect(String(at(sheet, '管理方式', '差异说明').value)).toContain('项目总投资 ≤ 50万元 不成立（项目总投资：80万元）〔第十二条〕');
    const notes = book.getWorksheet('说明') as Worksheet;
    const texts: string[] = [];
    notes.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).filter(Boolean).join(' ') : ''));
    expect(texts).toContain('项目总投资（totalInvestment） 80万元');
    expect(texts).toContain('2025-09-30 提交申报');
  });

  it('puts both in one workbook for the command line', () => {
    const both = comparisonWorkbook(matrix, compareOutcomes([lianping], { facts: {}, events: [] }, '2025-10-01', new WorkingCalendar(chineseDaysYears())));
    expect(both.worksheets.map((sheet) => sheet.name)).toEqual(['配置对照', '结果对照', '说明']);
  });
});
