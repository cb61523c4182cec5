import { loadPolicyYaml, type Condition, type FactValues } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { ConditionCatalogue } from './condition.catalogue';

const catalogue = new ConditionCatalogue(
  loadPolicyYaml(`schemaVersion: 1
id: sample-conditions
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: in-force
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
  - { key: involvesCryptography, cite: { article: 7, quote: 样例条文 } }
  - { key: classified, type: boolean, label: 涉密, cite: { article: 9, quote: 样例条文 } }
tracks:
  - { id: only, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
`),
);
const small: Condition = { threshold: { fact: 'totalInvestment', comparison: 'lt', amount: '50', unit: '万元', setting: 'A1' } };
const crypto: Condition = { cel: 'involvesCryptography', description: '涉及密码应用' };
const secret: Condition = { cel: 'classified' };
const decide = (condition: Condition, values: FactValues) => catalogue.condition(condition).decide(catalogue.row(values));

describe('compiled conditions', () => {
  it('write their text, facts and settings once, from the document', () => {
    const both = catalogue.condition({ all: [small, { not: crypto }, secret] });
    expect(both.text).toBe('项目总投资 < 50万元 且 并非（涉及密码应用） 且 classified');
    expect(both.slots.map((slot) => slot.key)).toEqual(['totalInvestment', 'involvesCryptography', 'classified']);
    expect(both.settings).toEqual(['A1']);
    expect(catalogue.condition({ any: [crypto, secret], description: '任一' }).text).toBe('任一');
    expect(catalogue.condition(crypto)).toBe(catalogue.condition(crypto));
  });

  it('decide in three-valued logic: unknown only where it could change the answer', () => {
    const all: Condition = { all: [crypto, secret] };
    const any: Condition = { any: [crypto, secret] };
    expect(decide(all, { involvesCryptography: false })).toBe(false);
    expect(decide(all, { involvesCryptography: true })).toBe('unknown');
    expect(decide(all, { involvesCryptography: true, classified: true })).toBe(true);
    expect(decide(any, { involvesCryptography: true })).toBe(true);
    expect(decide(any, { involvesCryptography: false })).toBe('unknown');
    expect(decide(any, { involvesCryptography: false, classified: false })).toBe(false);
    expect(decide({ not: crypto }, {})).toBe('unknown');
    expect(decide({ not: crypto }, { involvesCryptography: false })).toBe(true);
  });

  it('compare money exactly at the threshold, and know nothing without the amount', () => {
    expect(decide(small, { totalInvestment: 49_999_999n })).toBe(true);
    expect(decide(small, { totalInvestment: 50_000_000n })).toBe(false);
    expect(decide(small, {})).toBe('unknown');
  });
});
