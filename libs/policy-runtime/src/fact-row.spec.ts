import { loadPolicyYaml } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { ConditionCatalogue } from './condition.catalogue';

const catalogue = new ConditionCatalogue(
  loadPolicyYaml(`schemaVersion: 1
id: sample-rows
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
const crypto = catalogue.condition({ cel: 'involvesCryptography' });
const small = catalogue.condition({ threshold: { fact: 'totalInvestment', comparison: 'lte', amount: '50', unit: '万元' } });

describe('FactRow', () => {
  it('keeps each project’s facts to its own evaluation, even when evaluations interleave', () => {
    const first = catalogue.row({ involvesCryptography: true, totalInvestment: 10n });
    const second = catalogue.row({ involvesCryptography: false });
    expect(crypto.decide(first)).toBe(true);
    expect(crypto.decide(second)).toBe(false);
    expect(small.decide(second)).toBe('unknown');
    // The first evaluation reads its own values again, not the second's that replaced them in the scratch.
    expect(crypto.decide(first)).toBe(true);
    expect(small.decide(first)).toBe(true);
  });
});
