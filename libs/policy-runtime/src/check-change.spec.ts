import { loadPolicyYaml, parseMoney, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { checkChange } from './check-change';

const w = (amount: string) => parseMoney(amount, '万元');
const policy = loadPolicyYaml(`schemaVersion: 1
id: sample-change
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: in-force
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
  - { id: finance-bureau, name: 县财政局, catalogueKey: finance-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: contractAmount, cite: { article: 21, quote: 样例条文 } }
tracks:
  - { id: only, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
changeRules:
  - id: contract-change
    name: 项目变更
    cite: { article: 21, quote: 样例条文 }
    limits:
      - { kind: total-not-above, base: contractAmount, soft: true, cite: { article: 21, item: 1, quote: 样例条文 } }
      - { kind: ratio, base: contractAmount, comparison: lte, ratio: "0.10", measure: larger-of-old-new, soft: true, cite: { article: 21, item: 2, quote: 样例条文 } }
      - { kind: count, max: 1, soft: true, cite: { article: 21, item: 3, quote: 样例条文 } }
    approvalBy: [data-bureau, finance-bureau]
    outside: referred-to-other-rules
    outsideText: 应当按照相关法律法规、国家和省有关规定执行。
`);
const project = (events: ProjectEvent[] = []) => ({ facts: { contractAmount: w('100') }, events });

describe('checkChange', () => {
  it('allows a swap within 10 % of the contract after the bodies approve, with the ratio to four decimals', () => {
    // Replace a 5万元 server by an 8万元 one: the larger side of the line is 8万元.
    const verdict = checkChange(policy, project(), { on: '2025-10-01', lines: [{ oldSubtotal: w('5'), newSubtotal: w('8') }], newTotal: w('100') });
    expect(verdict.outcome).toBe('allowed-after-approval');
    expect(verdict.approvalBy.map((body) => body.name)).toEqual(['县数据局', '县财政局']);
    expect(verdict.checks.find((check) => check.kind === 'ratio')).toMatchObject({ passed: true, ratio: '0.0800', citeText: '第二十一条第（二）项' });
    expect(verdict.measures).toEqual({ 'larger-of-old-new': '8万元', 'old-plus-new': '13万元', net: '3万元' });
  });

  it('compares exactly at the limit: 10 % is still within “不能超过”', () => {
    const verdict = checkChange(policy, project(), { on: '2025-10-01', lines: [{ oldSubtotal: w('10'), newSubtotal: w('10') }], newTotal: w('100') });
    expect(verdict.checks.find((check) => check.kind === 'ratio')).toMatchObject({ passed: true, ratio: '0.1000' });
    const over = checkChange(policy, project(), { on: '2025-10-01', lines: [{ oldSubtotal: w('10.000001'), newSubtotal: w('0') }], newTotal: w('100') });
    expect(over.outcome).toBe('outside-regulation');
    expect(over.message).toContain('应当按照相关法律法规、国家和省有关规定执行。');
  });

  it('counts earlier changes: a second change is outside the regulation', () => {
    const verdict = checkChange(policy, project([{ kind: 'changeDecided', on: '2025-09-01' }]), {
      on: '2025-10-01',
      lines: [{ oldSubtotal: w('1'), newSubtotal: w('2') }],
      newTotal: w('100'),
    });
    expect(verdict.checks.find((check) => check.kind === 'count')).toMatchObject({ passed: false, text: '此前已变更 1 次，本次为第 2 次（上限 1 次）' });
    expect(verdict.outcome).toBe('outside-regulation');
  });

  it('refuses to guess without the base amount', () => {
    const verdict = checkChange(policy, { facts: {}, events: [] }, { on: '2025-10-01', lines: [{ oldSubtotal: w('1'), newSubtotal: w('2') }] });
    expect(verdict.checks.find((check) => check.kind === 'ratio')?.passed).toBe('unknown');
    expect(verdict.message).toContain('部分限制因缺少数据无法判断');
  });
});
