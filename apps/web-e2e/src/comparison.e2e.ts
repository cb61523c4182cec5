import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { buttonName, collectPageErrors, login } from './support/workspace';

/** The five seed jurisdictions: 连平县, 牡丹区, 襄汾县, 大石桥市, 江西省. */
const SEEDS = ['441623', '371702', '141023', '210882', '360000'];

let shot = 0;
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  shot += 1;
  await page.screenshot({ path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** A sheet as rows of cell texts (row 0 is the header: 分类, 项目, then each policy's value and its 条款). */
function sheetRows(workbook: ExcelJS.Workbook, name: string): string[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${workbook.worksheets.map((candidate) => candidate.name).join(', ')}`);
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)));
  });
  return rows;
}

/** The value and article of a policy's column on the row with that label. */
function sheetCell(rows: string[][], label: string, jurisdiction: string): { value: string; cite: string } {
  const header = rows[0] ?? [];
  const column = header.findIndex((text) => text.startsWith(jurisdiction));
  const row = rows.find((candidate) => candidate[1] === label);
  if (column < 0 || !row) throw new Error(`no cell ${label} × ${jurisdiction} in: ${header.join(' | ')}`);
  return { value: row[column] ?? '', cite: row[column + 1] ?? '' };
}

/** The data rows of a comparison table (not its section headings, nor antd's measuring row). */
function dataRows(table: Locator): Locator {
  return table.locator('tbody tr.ant-table-row:not(.comparison-section-row)');
}

/**
 * A provincial observer compares the five seed jurisdictions: each one's newest version (the 征求意见稿 of 连平县 and
 * the expired trial of 牡丹区 marked as such), 连平's 50万元 filing threshold and 牡丹's 100万元 supervision threshold
 * in their cells with their articles; then one sample project through all five, and the export, opened and checked.
 * 广东省's observer can compare all five: published regulations are readable by everyone signed in.
 */
test('a provincial observer compares the five seed jurisdictions, runs one project through them and exports the workbook', async ({ page }, testInfo) => {
  const pageErrors = collectPageErrors(page);
  await login(page, 'gd-observer', /\/compare$/);
  await expect(page.getByRole('menuitem', { name: '对比' })).toBeVisible();

  // The matrix opens on every jurisdiction with a regulation: the five seeds, each its version on today.
  const matrix = page.getByTestId('comparison-matrix');
  // Headings are read in the table's head: antd repeats the titles, hidden, in a row that measures column widths.
  const heading = (table: Locator, code: string) => table.locator('thead').getByTestId(`column-${code}`);
  for (const code of SEEDS) await expect(heading(matrix, code)).toBeVisible();
  await expect(heading(matrix, '441623').getByTestId('status')).toHaveText('征求意见稿');
  await expect(heading(matrix, '371702').getByTestId('status')).toHaveText('试行（已过期）');
  await expect(heading(matrix, '141023').getByTestId('status')).toHaveText('现行有效');

  // 连平县: 备案制 up to 50万元 (第十二条); 牡丹区: 工程监理 from 100万元 (第十七条); 江西省 says nothing on 监理.
  const filing = matrix.getByTestId('cell-filing-threshold-441623');
  await expect(filing).toContainText('项目总投资 ≤ 50万元');
  await expect(filing.getByTestId('cite')).toHaveText('第十二条');
  const supervision = matrix.getByTestId('cell-requirement:supervision-371702');
  await expect(supervision).toContainText('100万元');
  await expect(supervision.getByTestId('cite')).toHaveText('第十七条');
  await expect(matrix.getByTestId('cell-requirement:supervision-360000')).toHaveText('—');
  // Rows whose columns differ are highlighted, and where values rank, the stricter cell says so.
  await expect(matrix.locator('tr.comparison-row-differs').first()).toBeVisible();
  await expect(matrix.getByTestId('stricter').first()).toBeVisible();
  await screenshot(page, testInfo, 'matrix');

  // 只看不同: every row left differs; switched off, the rows that agree come back.
  const allRows = await dataRows(matrix).count();
  await page.getByRole('switch', { name: '只看不同' }).click();
  await expect(matrix.locator('tbody tr.ant-table-row:not(.comparison-section-row):not(.comparison-row-differs)')).toHaveCount(0);
  expect(await dataRows(matrix).count()).toBeLessThan(allRows);
  await screenshot(page, testInfo, 'matrix-differences-only');
  await page.getByRole('switch', { name: '只看不同' }).click();
  await expect(dataRows(matrix)).toHaveCount(allRows);

  // One 80万元 project without cryptography, submitted on 2025-09-30, through all five.
  await page.getByRole('tab', { name: '同一项目对比' }).click();
  await page.getByLabel('项目总投资（万元）').fill('80');
  await page.getByLabel('涉及密码应用', { exact: true }).getByRole('radio', { name: '否', exact: true }).check();
  const submitted = page.getByLabel('申报日期');
  await submitted.click();
  await submitted.fill('2025-09-30');
  await submitted.press('Enter');
  await expect(submitted).toHaveValue('2025-09-30');
  await page.getByRole('button', { name: buttonName('运行对比') }).click();

  const outcomes = page.getByTestId('comparison-outcomes');
  for (const code of SEEDS) await expect(heading(outcomes, code)).toBeVisible();
  const track = outcomes.getByTestId('cell-track-441623');
  await expect(track).toContainText('审批制');
  await expect(track.getByTestId('cite')).toHaveText('第十一条');
  await expect(outcomes.getByTestId('cell-approval-time-441623')).toContainText('27个工作日');
  // The chart: one bar per jurisdiction, 连平县's 27 working days (10 + 12 + 5).
  await expect(page.getByTestId(/^approval-bar-/)).toHaveCount(5);
  await expect(page.getByTestId('approval-bar-441623')).toContainText('原则上27个工作日');
  await screenshot(page, testInfo, 'outcomes');

  // 导出 Excel: the matrix and the outcomes in one workbook, named in Chinese.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName('导出 Excel') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^政务信息化项目管理办法对比（\d{4}-\d{2}-\d{2}）\.xlsx$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['配置对照', '结果对照', '说明']);
  const configuration = sheetRows(workbook, '配置对照');
  expect(configuration[0]).toContain('连平县（441623）二次征求意见稿〔征求意见稿〕');
  expect(configuration[0]).toContain('牡丹区（371702）试行（2023）〔试行（已过期）〕');
  expect(sheetCell(configuration, '备案制门槛', '连平县')).toEqual({ value: '项目总投资 ≤ 50万元（A1） → 备案制', cite: '第十二条' });
  const mudanSupervision = sheetCell(configuration, '工程监理的金额门槛', '牡丹区');
  expect(mudanSupervision.value).toContain('100万元');
  expect(mudanSupervision.cite).toBe('第十七条');
  const results = sheetRows(workbook, '结果对照');
  expect(sheetCell(results, '管理方式', '连平县')).toEqual({ value: '审批制', cite: '第十一条' });
  expect(sheetCell(results, '立项用时（工作日，自申报至立项环节最后期限）', '连平县').value).toContain('27个工作日');

  // 打印: on paper, the comparison without the app's header and the form.
  await expect(page.getByRole('button', { name: buttonName('打印') })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('sample-project')).toBeHidden();
  await expect(outcomes).toBeVisible();
  await screenshot(page, testInfo, 'print');
  await page.emulateMedia({ media: 'screen' });

  expect(pageErrors).toEqual([]);
});
