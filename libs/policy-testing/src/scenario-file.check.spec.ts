import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from './scenario-file.check';
import { parseScenarioFile } from './run-scenarios';

const SYNTAX_HINT = '检查缩进、括号和引号是否成对；含英文逗号、冒号或 # 的文字请加引号';
const lines = (...text: string[]) => [...text, ''].join('\n');

function issuesOf(text: string) {
  const checked = checkScenarioFile(text);
  if (checked.ok) throw new Error('expected the scenario file to be refused');
  return checked.issues;
}

describe('checking a scenario file', () => {
  it('reads a valid file as parseScenarioFile does, and an empty text as a file without scenarios', () => {
    const text = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    facts: { totalInvestment: 80万元 }', '    expect: { track: filing }');
    expect(checkScenarioFile(text)).toEqual({ ok: true, empty: false, ...parseScenarioFile(text) });
    expect(checkScenarioFile('  \n')).toEqual({ ok: true, policy: '', scenarios: [], empty: true });
  });

  it('reports YAML syntax errors at their line and column, with how to fix them', () => {
    expect(issuesOf('policy: a.policy.yaml\nscenarios:\n  - name: x\n    facts: { a: 1\n')).toEqual([
      { path: [], message: expect.stringMatching(/^YAML 语法错误：Flow map .*end with a }$/), hint: SYNTAX_HINT, line: 5, column: 1 },
    ]);
    expect(issuesOf('policy: x\nscenarios: [\n')).toEqual([{ path: [], message: expect.stringMatching(/^YAML 语法错误：/), hint: SYNTAX_HINT, line: 3, column: 1 }]);
    expect(issuesOf('policy: a\npolicy: b\nscenarios: []\n')).toEqual([{ path: [], message: 'YAML 语法错误：Map keys must be unique', hint: SYNTAX_HINT, line: 2, column: 1 }]);
  });

  it('names the path, line and column of a value the format refuses', () => {
    const text = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    events:', '      - { kind: signed, on: "2025-10-01" }', '    expect: {}');
    expect(issuesOf(text)).toEqual([{ path: ['scenarios', 0, 'events', 0, 'kind'], message: expect.stringMatching(/^未知的事件类型/), line: 6, column: 17 }]);
    expect(issuesOf('- just\n- a list\n')).toEqual([{ path: [], message: expect.any(String), line: 1, column: 1 }]);
  });

  it('names an unknown key at the key, and a malformed date with the format and how to write it', () => {
    const text = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: 2025/09/30', '    expcet: {}', '    expect: { track: filing, colour: red }');
    expect(issuesOf(text)).toEqual([
      { path: ['scenarios', 0, 'at'], message: '日期应为 YYYY-MM-DD', hint: '日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"', line: 4, column: 9 },
      { path: ['scenarios', 0, 'expect', 'colour'], message: '未知的键“colour”：请检查拼写，或删除它', line: 6, column: 30 },
      { path: ['scenarios', 0, 'expcet'], message: '未知的键“expcet”：请检查拼写，或删除它', line: 5, column: 5 },
    ]);
    const event = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    events: [{ kind: submitted, on: 2025-9-1 }]', '    expect: {}');
    expect(issuesOf(event)).toEqual([
      { path: ['scenarios', 0, 'events', 0, 'on'], message: '日期应为 YYYY-MM-DD', hint: '日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"', line: 5, column: 37 },
    ]);
  });

  it('says how to write a fact the format refuses', () => {
    const text = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    facts: { a: 1.5 }', '    expect: {}');
    expect(issuesOf(text)).toEqual([
      { path: ['scenarios', 0, 'facts', 'a'], message: expect.any(String), hint: '金额写明单位，例如 80万元；是/否写 true 或 false', line: 5, column: 17 },
    ]);
  });

  it('refuses a scenario name used twice, at the second', () => {
    const text = lines('policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    expect: {}', '  - name: x', '    at: "2025-09-30"', '    expect: {}');
    expect(issuesOf(text)).toEqual([
      { path: ['scenarios', 1, 'name'], message: '场景名称“x”重复', hint: '每个场景的名称应不同，测试结果按名称显示', line: 6, column: 11 },
    ]);
  });

  it('reports what the parser cannot expand (an alias bomb) at the top instead of throwing', () => {
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    expect(issuesOf(aliases)).toEqual([{ path: [], message: expect.stringMatching(/^无法读取场景测试文件：.*alias/) }]);
  });
});
