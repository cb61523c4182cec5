import type { PolicyDocument } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { compareConfigurations } from './compare-configurations';
import type { ComparisonCell, ConfigurationMatrix } from './comparison.types';
import { copyPolicy, dashiqiao, jiangxi, lianping, mudan, SEEDS, xiangfen } from './fixtures/seed-policies.fixture';

const matrix = compareConfigurations(SEEDS, { at: '2025-10-01' });

function row(m: ConfigurationMatrix, key: string) {
  const found = m.rows.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no row ${key}: ${m.rows.map((candidate) => candidate.key).join(', ')}`);
  return found;
}

function cell(m: ConfigurationMatrix, key: string, doc: PolicyDocument, occurrence = 1): ComparisonCell {
  const column = occurrence === 1 ? doc.id : `${doc.id}#${occurrence}`;
  const found = row(m, key).cells.find((candidate) => candidate.column === column);
  if (!found) throw new Error(`no column ${column}`);
  return found;
}

/** A later version of 连平's regulation: the filing threshold raised to 80万元, 资金审核 given 15 working days. */
function laterLianping(): PolicyDocument {
  const next = copyPolicy(lianping);
  next.versionLabel = '正式施行稿';
  next.status = 'in-force';
  next.effective = { from: '2026-01-01' };
  const filing = next.tracks.find((track) => track.id === 'filing');
  if (filing?.when && 'threshold' in filing.when) filing.when.threshold.amount = '80';
  const funding = next.stages.flatMap((stage) => stage.steps).find((step) => step.id === 'funding-review');
  if (funding?.deadline) funding.deadline.amount = 15;
  return next;
}

describe('compareConfigurations on the five seed regulations', () => {
  it('reads 连平’s 50万元 filing threshold with 第十二条', () => {
    const lianpingFiling = cell(matrix, 'filing-threshold', lianping);
    expect(lianpingFiling.entries[0]?.value).toEqual({ kind: 'threshold', fact: 'totalInvestment', factLabel: '项目总投资', comparison: 'lte', amount: '50', unit: '万元', setting: 'A1' });
    expect(lianpingFiling.text).toBe('项目总投资 ≤ 50万元（A1） → 备案制');
    expect(lianpingFiling.citeText).toBe('第十二条');
  });

  it('reads 牡丹区’s 100万元 supervision threshold with 第十七条', () => {
    const mudanSupervision = cell(matrix, 'requirement:supervision', mudan);
    expect(mudanSupervision.entries).toHaveLength(1);
    expect(mudanSupervision.entries[0]?.value).toMatchObject({ kind: 'threshold', fact: 'totalInvestment', comparison: 'gte', amount: '100', unit: '万元' });
    expect(mudanSupervision.citeText).toBe('第十七条');
    expect(mudanSupervision.text).toContain('委托工程监理单位');
  });

  it('flags a row where two counties differ and marks the stricter one', () => {
    const contract = row(matrix, 'contract-filing');
    expect(contract.differs).toBe(true);
    expect(cell(matrix, 'contract-filing', xiangfen).entries[0]?.value).toMatchObject({ kind: 'period', amount: 5, unit: 'workingDays', from: 'contractSigned' });
    expect(cell(matrix, 'contract-filing', mudan).entries[0]?.value).toMatchObject({ kind: 'period', amount: 10, unit: 'workingDays', from: 'contractSigned' });
    expect(contract.stricter).toEqual([xiangfen.id]);
    expect(cell(matrix, 'contract-filing', xiangfen).stricter).toBe(true);
    expect(cell(matrix, 'contract-filing', mudan).stricter).toBe(false);
    expect(cell(matrix, 'contract-filing', xiangfen).citeText).toBe('第十八条');
    expect(contract.strictness).toContain('期限越短越严格');
  });

  it('ranks 监理 for every project above a 100万元 threshold, and leaves a case-by-case reading unranked', () => {
    const supervision = row(matrix, 'requirement:supervision');
    expect(supervision.stricter).toEqual([xiangfen.id, dashiqiao.id]);
    expect(cell(matrix, 'requirement:supervision', xiangfen).entries[0]?.value).toEqual({ kind: 'always' });
    expect(cell(matrix, 'requirement:supervision', lianping).entries[0]?.value).toMatchObject({ kind: 'fact', key: 'supervisionEngaged' });
    expect(cell(matrix, 'requirement:supervision', jiangxi).silent).toBe(true);
  });

  it('shows “—” where a regulation is silent', () => {
    const silent = cell(matrix, 'contract-filing', lianping);
    expect(silent).toMatchObject({ silent: true, text: '—', citeText: '', entries: [], stricter: false });
    expect(cell(matrix, 'filing-threshold', xiangfen).text).toBe('—');
  });

  it('derives 江西’s filing threshold from the track before it (限额以下), and ranks 连平’s lower one stricter', () => {
    const jiangxiFiling = cell(matrix, 'filing-threshold', jiangxi);
    expect(jiangxiFiling.entries.map((entry) => entry.value)).toEqual([
      expect.objectContaining({ kind: 'threshold', fact: 'totalInvestment', comparison: 'lt', amount: '1000', derived: true }),
      expect.objectContaining({ kind: 'threshold', fact: 'investmentExcludingOperation', comparison: 'lt', amount: '500', derived: true }),
    ]);
    expect(jiangxiFiling.citeText).toBe('第二十三条');
    expect(row(matrix, 'filing-threshold').stricter).toEqual([lianping.id]);
  });

  it('puts the status in each column header, read on the comparison date', () => {
    const headers = new Map(matrix.columns.map((column) => [column.policyId, column]));
    expect(headers.get(lianping.id)?.header).toBe('连平县（441623）二次征求意见稿〔征求意见稿〕');
    expect(headers.get(mudan.id)?.statusText).toBe('试行（已过期）');
    expect(compareConfigurations([mudan], { at: '2024-01-01' }).columns[0]?.statusText).toBe('试行');
    expect(compareConfigurations([{ document: lianping, draft: true }]).columns[0]?.statusText).toBe('征求意见稿（草稿）');
  });

  it('compares each review step by body catalogue key and phase, with its working days', () => {
    const finance = cell(matrix, 'review:initiation:finance-bureau', lianping);
    expect(finance.entries[0]).toMatchObject({ name: '资金审核', value: { kind: 'period', amount: 12, unit: 'workingDays', soft: true }, citeText: '第十一条第（五）项' });
    expect(cell(matrix, 'review:initiation:finance-bureau', xiangfen).entries.map((entry) => entry.value.kind)).toEqual(['no-deadline', 'no-deadline']);
    expect(cell(matrix, 'review:initiation:crypto-bureau', lianping).text).toBe('【县密码管理局】密码应用审核：原则上5个工作日内（条件：项目涉及密码应用）');
    expect(cell(matrix, 'review:acceptance:data-bureau', lianping).citeText).toBe('第二十四条');
  });

  it('compares self-evaluation windows from the same event, and progress-report periods', () => {
    const evaluation = row(matrix, 'self-evaluation');
    expect(cell(matrix, 'self-evaluation', jiangxi).entries[0]?.value).toMatchObject({ kind: 'period', earliest: 6, amount: 12, unit: 'months', from: 'accepted' });
    expect(evaluation.stricter).toEqual([jiangxi.id]);
    expect(cell(matrix, 'self-evaluation', xiangfen).entries[0]?.value).toMatchObject({ from: 'budgetYearEnded', amount: 3 });
    const progress = row(matrix, 'progress-report');
    expect(cell(matrix, 'progress-report', dashiqiao).entries[0]?.value).toMatchObject({ kind: 'every', months: 3 });
    expect(cell(matrix, 'progress-report', mudan).entries[0]?.value).toMatchObject({ kind: 'every', months: 3 });
    expect(progress.stricter).toEqual([dashiqiao.id, mudan.id]);
    expect(cell(matrix, 'trial-operation', dashiqiao).entries[0]?.value).toMatchObject({ kind: 'period', earliest: 3, amount: 6, from: 'initialAcceptance' });
    expect(cell(matrix, 'acceptance-window', mudan).citeText).toBe('第二十八条');
  });

  it('compares change limits: the ratio with its base, the count', () => {
    expect(cell(matrix, 'change:ratio', lianping).entries[0]?.value).toMatchObject({ kind: 'ratio', ratio: '0.10', percent: '10%', base: 'contractAmount' });
    expect(cell(matrix, 'change:ratio', mudan).entries[0]?.value).toMatchObject({ kind: 'ratio', ratio: '0.15', percent: '15%', base: 'approvedEstimate' });
    // Different bases (合同金额, 批复概算): not ranked.
    expect(row(matrix, 'change:ratio').stricter).toEqual([]);
    expect(row(matrix, 'change:base').differs).toBe(true);
    expect(cell(matrix, 'change:count', lianping).entries[0]?.value).toEqual({ kind: 'count', max: 1, soft: true });
    expect(row(matrix, 'change:count').stricter).toEqual([dashiqiao.id]);
  });

  it('lists attachments per phase as sets: shared by some, required only here', () => {
    const shared = row(matrix, 'attachments:acceptance:some');
    const ids = (doc: PolicyDocument) => cell(matrix, 'attachments:acceptance:some', doc).entries.map((entry) => entry.source.split('.').pop());
    expect(ids(lianping)).toEqual(['acceptance-report']);
    expect(ids(xiangfen)).toEqual(['acceptance-report']);
    expect(shared.differs).toBe(true);
    expect(cell(matrix, 'attachments:acceptance:only', mudan).text).toContain('第三方软件验收测评报告');
    expect(row(matrix, 'attachments:initiation:common').cells.every((candidate) => candidate.silent)).toBe(true);
  });

  it('lists the review bodies by catalogue key: present or absent, whatever their names', () => {
    expect(row(matrix, 'body:finance-bureau').differs).toBe(false);
    expect(cell(matrix, 'body:finance-bureau', xiangfen).text).toBe('县财政局；县财政预算评审中心');
    expect(row(matrix, 'body:crypto-bureau').differs).toBe(true);
    expect(cell(matrix, 'body:crypto-bureau', xiangfen).silent).toBe(true);
  });

  it('works over time: versions of one jurisdiction are columns like any other', () => {
    const later = laterLianping();
    const overTime = compareConfigurations([lianping, later], { at: '2026-03-01' });
    expect(overTime.columns.map((column) => column.header)).toEqual(['连平县（441623）二次征求意见稿〔征求意见稿〕', '连平县（441623）正式施行稿〔现行有效〕']);
    const filing = row(overTime, 'filing-threshold');
    expect(filing.differs).toBe(true);
    expect(filing.cells.map((candidate) => candidate.text)).toEqual(['项目总投资 ≤ 50万元（A1） → 备案制', '项目总投资 ≤ 80万元（A1） → 备案制']);
    expect(filing.stricter).toEqual([lianping.id]);
    expect(row(overTime, 'review:initiation:finance-bureau')).toMatchObject({ differs: true, stricter: [lianping.id] });
    expect(cell(overTime, 'review:initiation:finance-bureau', later, 2).entries[0]?.value).toMatchObject({ amount: 15 });
    // What did not change reads the same.
    for (const key of ['change:ratio', 'change:count', 'review:initiation:crypto-bureau', 'attachments:initiation:common', 'body:finance-bureau']) {
      expect(row(overTime, key).differs, key).toBe(false);
    }
  });

  it('keys rows by canonical keys, not by jurisdiction: renaming a jurisdiction changes no row', () => {
    const renamed = copyPolicy(mudan);
    renamed.id = 'renamed-district';
    renamed.jurisdiction = { ...renamed.jurisdiction, code: '999999', name: '样例区' };
    const keys = (m: ConfigurationMatrix) => m.rows.map((candidate) => candidate.key);
    expect(keys(compareConfigurations([renamed, lianping]))).toEqual(keys(compareConfigurations([mudan, lianping])));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareConfigurations(SEEDS, { at: '2025-10-01' }))).toBe(JSON.stringify(matrix));
  });
});
