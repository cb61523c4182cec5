import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, parseMoney, type ProjectEvent } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import type { DecisionReport } from './decision-report.types';
import { evaluate } from './evaluate';
import { executionPlan } from './execution-plan.compile';

const text = `schemaVersion: 1
id: sample-plan
jurisdiction: { code: "999999", name: 样例县, level: county }
title: 样例办法
versionLabel: 试行
issuer: 样例县数据局
status: in-force
source: { file: sample.txt, title: 样例 }
bodies:
  - { id: applicant, name: 项目建设单位, catalogueKey: applicant, cite: { article: 3, quote: 样例条文 } }
  - { id: data-bureau, name: 县数据局, catalogueKey: data-bureau, cite: { article: 4, quote: 样例条文 } }
facts:
  - { key: totalInvestment, cite: { article: 8, quote: 样例条文 } }
  - { key: involvesCryptography, cite: { article: 7, quote: 样例条文 } }
  - { key: inSystemCatalogue, cite: { article: 9, quote: 样例条文 } }
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
      - id: crypto
        name: 密码应用审核
        body: data-bureau
        after: [apply]
        when: { cel: involvesCryptography }
        deadline: { amount: 5, unit: workingDays, from: started }
        cite: { article: 7, item: 2, quote: 样例条文 }
      - { id: review, name: 审核, body: data-bureau, after: [crypto], deadline: { amount: 10, unit: workingDays, from: started }, cite: { article: 7, item: 3, quote: 样例条文 } }
    attachments:
      - { id: crypto-report, name: 密码应用方案, when: { cel: involvesCryptography }, cite: { article: 7, item: 2, quote: 样例条文 } }
gates:
  - id: not-in-catalogue
    name: 未纳入目录
    effect: refuse-initiation
    when: { not: { cel: inSystemCatalogue } }
    message: 未纳入政务信息系统目录的系统不予立项。
    cite: { article: 9, quote: 样例条文 }
`;
const calendar = new WorkingCalendar(chineseDaysYears());
const projects = [20, 50, 80].flatMap((amount) =>
  [true, false, undefined].flatMap((crypto) =>
    [true, false].flatMap((listed) =>
      [[], [{ kind: 'submitted', on: '2025-09-30' }] as ProjectEvent[]].map((events) => ({
        facts: { totalInvestment: parseMoney(String(amount), '万元'), inSystemCatalogue: listed, ...(crypto === undefined ? {} : { involvesCryptography: crypto }) },
        events,
      })),
    ),
  ),
);
const json = (report: DecisionReport) => JSON.stringify(report);
/** A new document with the same content (a document is plain data). */
const copy = <T,>(doc: T): T => JSON.parse(JSON.stringify(doc)) as T;

describe('the execution plan', () => {
  it('is compiled once per document', () => {
    const doc = loadPolicyYaml(text);
    expect(executionPlan(doc)).toBe(executionPlan(doc));
    expect(executionPlan(copy(doc))).not.toBe(executionPlan(doc));
  });

  it('gives every project the report a fresh document gives it, whatever was evaluated before', () => {
    const warm = loadPolicyYaml(text);
    // Evaluate every project on one document, forwards and backwards; compare each with a document never used.
    const forwards = projects.map((project) => json(evaluate(warm, project, '2025-10-20', { calendar })));
    const backwards = [...projects].reverse().map((project) => json(evaluate(warm, project, '2025-10-20', { calendar })));
    const fresh = projects.map((project) => json(evaluate(copy(warm), project, '2025-10-20', { calendar })));
    expect(forwards).toEqual(fresh);
    expect([...backwards].reverse()).toEqual(fresh);
  });

  it('shares, frozen, the parts a project does not change, and builds the rest for each report', () => {
    const doc = loadPolicyYaml(text);
    const project = projects[1] as (typeof projects)[number];
    const first = evaluate(doc, project, '2025-10-20', { calendar });
    const second = evaluate(doc, project, '2025-10-20', { calendar });
    // Shared: the gate's entry and finding, the step not started, the attachment.
    expect(second.trace[0]).toBe(first.trace[0]);
    expect(Object.isFrozen(first.trace[0])).toBe(true);
    expect(Object.isFrozen(first.trace[0]?.facts)).toBe(true);
    expect(second.attachments[0]).toBe(first.attachments[0]);
    // Built for each report: the arrays, the entry reading a money amount, a step under way.
    expect(second.trace).not.toBe(first.trace);
    expect(second.steps).not.toBe(first.steps);
    expect(second.findings).not.toBe(first.findings);
    const money = (report: DecisionReport) => report.trace.find((entry) => entry.source === 'tracks.small.when');
    expect(money(second)).not.toBe(money(first));
    expect(Object.isFrozen(money(first))).toBe(false);
    // The step's condition is the trace's entry, as before.
    expect(first.steps.find((step) => step.id === 'crypto')?.condition).toBe(first.trace.find((entry) => entry.source === 'steps.crypto.when'));
  });

  it('records exactly the conditions met, with no room left over in the trace', () => {
    const doc = loadPolicyYaml(text);
    for (const project of projects) {
      const report = evaluate(doc, project, '2025-10-20', { calendar });
      expect(report.trace.every((entry) => entry !== undefined)).toBe(true);
      expect(report.trace.length).toBe(new Set(report.trace.map((entry) => entry.source)).size);
    }
  });
});
