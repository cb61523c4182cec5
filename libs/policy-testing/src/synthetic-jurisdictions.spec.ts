import { parsePolicyYaml, validatePolicyData, type PolicyDocument } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { syntheticJurisdictions } from './synthetic-jurisdictions';

// A seed with a reading whose alternative moves a step to another body and changes a threshold.
const SEED = `schemaVersion: 1
id: sample-seed
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: trial
effective: { from: "2025-01-01", to: "2026-12-31" }
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
  - { id: finance-bureau, name: 县财政局, catalogueKey: finance-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
settings:
  - id: A1
    question: 由谁审核、门槛是否含本数
    cite: { article: 8, quote: 样例条文 }
    alternatives:
      - { value: data, label: 数据局审核 }
      - value: finance
        label: 财政局审核
        overrides:
          - { path: stages/initiation/steps/review/body, value: finance-bureau }
          - { path: tracks/small/when, value: { threshold: { fact: totalInvestment, comparison: lt, amount: "50", unit: 万元 } } }
          - { path: effective/to, value: "2026-06-30" }
    reading: data
    why: 示例
tracks:
  - id: small
    name: 备案制
    cite: { article: 8, quote: 样例条文 }
    when: { threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元 } }
  - { id: full, name: 审批制, cite: { article: 7, quote: 样例条文 } }
stages:
  - id: initiation
    name: 立项
    cite: { article: 7, quote: 样例条文 }
    steps:
      - { id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }
      - { id: review, name: 审核, body: data-bureau, after: [apply], deadline: { amount: 5, unit: workingDays, from: started }, cite: { article: 7, quote: 样例条文 } }
`;

function written(text: string): PolicyDocument {
  const parsed = parsePolicyYaml(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.written;
}

describe('syntheticJurisdictions', () => {
  const seeds = [written(SEED), written(SEED.replace('id: sample-seed', 'id: other-seed'))];
  const variants = syntheticJurisdictions(seeds, 6);

  it('gives each variant its own jurisdiction, policy and body ids, the same way every time', () => {
    expect(variants.map((doc) => [doc.jurisdiction.code, doc.id])).toEqual([
      ['900000', 'sample-seed-v0'],
      ['900001', 'other-seed-v1'],
      ['900002', 'sample-seed-v2'],
      ['900003', 'other-seed-v3'],
      ['900004', 'sample-seed-v4'],
      ['900005', 'other-seed-v5'],
    ]);
    expect(variants[2]?.bodies.map((body) => body.id)).toEqual(['applicant-v2', 'data-bureau-v2', 'finance-bureau-v2']);
    expect(syntheticJurisdictions(seeds, 6)).toEqual(variants);
  });

  it('scales money thresholds by 5 % and lengthens periods by one unit per round through the seeds', () => {
    const [first, , second] = variants;
    const threshold = (doc: PolicyDocument | undefined) => (doc?.tracks[0]?.when as { threshold: { amount: string } }).threshold.amount;
    expect([threshold(first), threshold(second)]).toEqual(['50', '52.5']);
    const period = (doc: PolicyDocument | undefined) => doc?.stages[0]?.steps[1]?.deadline?.amount;
    expect([period(first), period(second)]).toEqual([5, 6]);
  });

  it('renames the bodies the alternative readings name and scales their thresholds, so every variant is valid', () => {
    const overrides = variants[2]?.settings[0]?.alternatives[1]?.overrides ?? [];
    expect(overrides.map((override) => override.value)).toEqual([
      'finance-bureau-v2',
      { threshold: { fact: 'totalInvestment', comparison: 'lt', amount: '52.5', unit: '万元' } },
      '2026-06-30',
    ]);
    for (const doc of variants) expect(validatePolicyData(JSON.parse(JSON.stringify(doc))).ok, doc.id).toBe(true);
  });

  it('leaves the seeds as they were', () => {
    expect(seeds[0]).toEqual(written(SEED));
  });
});
