/// <reference types="node" />
import { checkScenarioFile } from '@banfa/policy-testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeIssue } from './policy-issue.describe';
import { appendScenario, removeScenario, setScenarioExpectations, setScenarioInput } from './scenario-file.edit';

const FILE = resolve(import.meta.dirname, '../../../../../../policies/441623-lianping/consultation-draft-2.scenarios.yaml');
const text = readFileSync(FILE, 'utf8');
const CRYPTO = '总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）';

function scenarios(source: string) {
  const read = checkScenarioFile(source);
  if (!read.ok) throw new Error(read.issues.map(describeIssue).join('\n'));
  return read.scenarios;
}

/** The lines of `after` between what it shares with `before` at the start and at the end: what an edit touched. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return b.slice(start, b.length - end);
}

describe('editing the scenario file', () => {
  it('replaces the expectations of one scenario and leaves every other line, comments included, as written', () => {
    const index = scenarios(text).findIndex((scenario) => scenario.name === CRYPTO);
    const edited = setScenarioExpectations(text, index, {
      track: 'filing',
      steps: { 'crypto-review': 'active', 'filing-review': 'waiting' },
      dueOn: { 'crypto-review': '2025-10-14' },
      attachments: ['crypto-assessment-report', 'application-form'],
    });
    const after = scenarios(edited)[index];
    expect(after?.expect).toEqual({
      track: 'filing',
      steps: { 'crypto-review': 'active', 'filing-review': 'waiting' },
      dueOn: { 'crypto-review': '2025-10-14' },
      attachments: ['crypto-assessment-report', 'application-form'],
    });
    // The file's header comment, and every scenario but this one, untouched.
    expect(edited.startsWith('# Scenario tests of the 连平县 policy')).toBe(true);
    expect(changedLines(text, edited)).toEqual([
      '      track: filing',
      '      steps: { crypto-review: active, filing-review: waiting }',
      '      dueOn: { crypto-review: "2025-10-14" }',
      '      attachments: [ crypto-assessment-report, application-form ]',
    ]);
    expect(edited.split('\n').length).toBe(text.split('\n').length - 6);
    expect(scenarios(edited).filter((_, i) => i !== index)).toEqual(scenarios(text).filter((_, i) => i !== index));
  });

  it('keeps the comments inside and around the scenario it edits', () => {
    const source = [
      'policy: a.policy.yaml',
      'scenarios:',
      '  # 第十二条的边界：恰好 50 万元',
      '  - name: 边界',
      '    at: "2025-09-30" # 申报当日',
      '    facts: { totalInvestment: 50万元 }',
      '    expect:',
      '      # 含本数（A1）',
      '      track: filing',
      '      gates: [] # 不涉及否决规则',
      '',
      '  # 第二个',
      '  - name: 其他',
      '    at: "2025-09-30"',
      '    expect: { track: approval }',
      '',
    ].join('\n');
    const edited = setScenarioExpectations(source, 0, { track: 'approval', steps: { 'filing-review': 'skipped' } });
    expect(edited).toBe(source.replace('      track: filing', '      track: approval').replace('      gates: [] # 不涉及否决规则', '      gates: [] # 不涉及否决规则\n      steps: { filing-review: skipped }'));
  });

  it('leaves out an expectation set to “not checked”, and keeps the ones the studio does not edit', () => {
    const list = scenarios(text);
    const index = list.findIndex((scenario) => scenario.expect.obligations !== undefined);
    const edited = setScenarioExpectations(text, index, { track: 'approval' });
    const after = scenarios(edited)[index];
    expect(after?.expect.track).toBe('approval');
    expect(after?.expect.steps).toBeUndefined();
    expect(after?.expect.obligations).toEqual(list[index]?.expect.obligations);
  });

  it('adds a scenario at the end, written like the others, with a blank line before it', () => {
    const edited = appendScenario(
      text,
      {
        name: '总投资120万元的项目实行审批制',
        at: '2025-09-30',
        readings: {},
        facts: { totalInvestment: '120万元', involvesCryptography: false },
        events: [{ kind: 'submitted', on: '2025-09-30' }],
        expect: { track: 'approval', steps: { 'initial-review': 'active' }, dueOn: { 'initial-review': '2025-10-21' } },
      },
      'consultation-draft-2.policy.yaml',
    );
    expect(edited.startsWith(text.trimEnd())).toBe(true);
    expect(edited.slice(text.trimEnd().length)).toBe(
      [
        '',
        '',
        '  - name: 总投资120万元的项目实行审批制',
        '    at: "2025-09-30"',
        '    facts: { totalInvestment: 120万元, involvesCryptography: false }',
        '    events:',
        '      - { kind: submitted, on: "2025-09-30" }',
        '    expect:',
        '      track: approval',
        '      steps: { initial-review: active }',
        '      dueOn: { initial-review: "2025-10-21" }',
        '',
      ].join('\n'),
    );
    expect(scenarios(edited)).toHaveLength(scenarios(text).length + 1);
  });

  it('starts a scenario file for a version that has none', () => {
    const edited = appendScenario('', { name: '样例', at: '2026-01-05', readings: { A1: 'exclusive' }, facts: { totalInvestment: '50万元' }, events: [], expect: { track: 'approval' } }, '2026.policy.yaml');
    expect(parse(edited)).toEqual({
      policy: '2026.policy.yaml',
      scenarios: [{ name: '样例', at: '2026-01-05', readings: { A1: 'exclusive' }, facts: { totalInvestment: '50万元' }, expect: { track: 'approval' } }],
    });
    expect(edited).toContain('# 场景测试');
  });

  it('writes a project back into a scenario, keeping its name and expectations', () => {
    const index = scenarios(text).findIndex((scenario) => scenario.name === CRYPTO);
    const edited = setScenarioInput(text, index, {
      at: '2025-10-09',
      readings: {},
      facts: { totalInvestment: '120万元', involvesCryptography: true },
      events: [
        { kind: 'submitted', on: '2025-09-30' },
        { kind: 'stepCompleted', step: 'crypto-review', outcome: 'approve', on: '2025-10-09' },
      ],
    });
    const after = scenarios(edited)[index];
    expect(after).toMatchObject({ name: CRYPTO, at: '2025-10-09', facts: { totalInvestment: '120万元', involvesCryptography: true } });
    expect(after?.events).toHaveLength(2);
    expect(after?.expect).toEqual(scenarios(text)[index]?.expect);
    expect(edited).toContain('      - { kind: stepCompleted, step: crypto-review, outcome: approve, on: "2025-10-09" }');
  });

  it('removes a scenario', () => {
    const edited = removeScenario(text, 0);
    expect(scenarios(edited)).toEqual(scenarios(text).slice(1));
    expect(edited.startsWith('# Scenario tests of the 连平县 policy')).toBe(true);
  });
});
