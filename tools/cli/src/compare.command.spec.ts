import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrap } from './compare-table.format';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'tools/cli/bin/banfa.cjs');
const lianping = join(root, 'policies/441623-lianping/consultation-draft-2.policy.yaml');

function banfa(...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: execFileSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const PROJECT = `facts:
  totalInvestment: 80万元
  involvesCryptography: false
  inAnnualPlan: true
  projectLevel: city
events:
  - { kind: submitted, on: "2025-09-30" }
`;

describe('npx banfa compare', () => {
  it('prints the configuration matrix as a Chinese table, statuses in the headers', () => {
    const result = banfa('compare', '441623', '371702', '--at', '2025-10-01', '--width', '200');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('连平县（441623）二次征求意见稿〔征求意见稿〕  policies/441623-lianping/consultation-draft-2.policy.yaml');
    expect(result.stdout).toContain('牡丹区（371702）试行（2023）〔试行（已过期）〕');
    expect(result.stdout).toContain('【管理方式与金额门槛】');
    expect(result.stdout).toMatch(/备案制门槛 ≠\s+│ 项目总投资 ≤ 50万元（A1） → 备案制〔第十二条〕\s+│ —/);
    expect(result.stdout).toContain('项目总投资 ≥ 100万元（A24） → 环节“委托工程监理单位（实行工程监理制）”〔第十七条〕');
  });

  it('answers JSON with the columns, the matrix rows and, with --project, the outcomes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-compare-'));
    writeFileSync(join(dir, 'project.yaml'), PROJECT);
    const result = banfa('compare', 'lianping-county-it-projects', '360000', '--at', '2025-10-01', '--project', join(dir, 'project.yaml'), '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['at', 'columns', 'matrix', 'outcomes']);
    expect(json.columns.map((column: { key: string; file: string }) => column.file)).toEqual(['policies/441623-lianping/consultation-draft-2.policy.yaml', 'policies/360000-jiangxi/2024.policy.yaml']);
    const filing = json.matrix.rows.find((row: { key: string }) => row.key === 'filing-threshold');
    expect(filing.cells[0]).toMatchObject({ text: '项目总投资 ≤ 50万元（A1） → 备案制', citeText: '第十二条', stricter: true });
    const [lianpingOutcome, jiangxiOutcome] = json.outcomes.columns;
    expect(lianpingOutcome).toMatchObject({ track: { id: 'approval' }, approval: { workingDays: 27, approvedBy: '2025-11-13' } });
    expect(lianpingOutcome.facts.unknown).toEqual(['projectLevel']);
    expect(jiangxiOutcome.facts.unknown).toEqual(['involvesCryptography', 'inAnnualPlan']);
    expect(lianpingOutcome.report).toBeUndefined();
  });

  it('compares versions of one jurisdiction over time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-compare-versions-'));
    const later = join(dir, 'later.policy.yaml');
    writeFileSync(later, readFileSync(lianping, 'utf8').replace('amount: "50", unit: 万元, setting: A1', 'amount: "80", unit: 万元, setting: A1').replace('versionLabel: 二次征求意见稿', 'versionLabel: 三次征求意见稿'));
    const json = JSON.parse(banfa('compare', lianping, later, '--at', '2025-10-01', '--json').stdout);
    const filing = json.matrix.rows.find((row: { key: string }) => row.key === 'filing-threshold');
    expect(filing).toMatchObject({ differs: true, stricter: ['lianping-county-it-projects'] });
    expect(json.columns.map((column: { header: string }) => column.header)).toEqual(['连平县（441623）二次征求意见稿〔征求意见稿〕', '连平县（441623）三次征求意见稿〔征求意见稿〕']);
  });

  it('writes an Excel workbook with --xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-compare-xlsx-'));
    writeFileSync(join(dir, 'project.yaml'), PROJECT);
    const file = join(dir, 'comparison.xlsx');
    const result = banfa('compare', '441623', '371702', '--at', '2025-10-01', '--project', join(dir, 'project.yaml'), '--xlsx', file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`已写入 Excel：${file}`);
    const book = new ExcelJS.Workbook();
    const bytes = readFileSync(file);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['配置对照', '结果对照', '说明']);
    expect(book.getWorksheet('配置对照')?.getRow(1).getCell(3).value).toBe('连平县（441623）二次征求意见稿〔征求意见稿〕');
  });

  it('answers bad input with one Chinese line and exit code 2', () => {
    const unknown = banfa('compare', '441623', '999999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe('错误：找不到政策“999999”：请给出行政区划代码（如 441623）、政策 id、目录名或文件路径，可加 @版本');
    const date = banfa('compare', '441623', '--at', '2025-02-30');
    expect(date.status).toBe(2);
    expect(date.stderr.trim()).toBe('错误：--at 应为 YYYY-MM-DD，而不是“2025-02-30”');
    const dir = mkdtempSync(join(tmpdir(), 'banfa-compare-bad-'));
    writeFileSync(join(dir, 'project.yaml'), 'facts: { totalInvestment: 80万 }\n');
    const money = banfa('compare', '441623', '--project', join(dir, 'project.yaml'));
    expect(money.status).toBe(2);
    expect(money.stderr).toMatch(/^错误：项目文件（.*）事实 totalInvestment（项目总投资）是金额，应写成带单位的十进制数/);
    writeFileSync(join(dir, 'events.yaml'), 'events: [{ kind: signedContract, on: "2025-09-30" }]\n');
    expect(banfa('compare', '441623', '--project', join(dir, 'events.yaml')).stderr).toMatch(/^错误：项目文件（.*） events\.0\.kind：未知的事件类型/);
    expect(banfa('compare').status).toBe(2);
  }, 120_000); // five processes of the CLI, each starting tsx: slow on a busy machine

  it('wraps Chinese text by terminal columns', () => {
    expect(displayWidth('备案制 50万元')).toBe(13);
    expect(wrap('项目总投资≤50万元', 8)).toEqual(['项目总投', '资≤50万', '元']);
  });
});
