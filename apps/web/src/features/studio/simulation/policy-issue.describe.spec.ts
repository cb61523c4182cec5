import { checkScenarioFile } from '@banfa/policy-testing';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './policy-issue.describe';

const issuesOf = (lines: string[]) => {
  const checked = checkScenarioFile([...lines, ''].join('\n'));
  return checked.ok ? [] : checked.issues.map(describeIssue);
};

describe('describing an issue', () => {
  it('names the line, column and path, then the message and the hint', () => {
    expect(issuesOf(['policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    events:', '      - { kind: signed, on: "2025-10-01" }', '    expect: {}'])).toEqual([
      expect.stringMatching(/^第 6 行第 17 列 scenarios\[0\]\.events\[0\]\.kind：未知的事件类型/),
    ]);
    expect(issuesOf(['policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: 2025/09/30', '    expcet: {}', '    expect: {}', '  - name: x', '    at: "2025-09-30"', '    expect: {}'])).toEqual([
      '第 4 行第 9 列 scenarios[0].at：日期应为 YYYY-MM-DD（提示：日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"）',
      '第 5 行第 5 列 scenarios[0].expcet：未知的键“expcet”：请检查拼写，或删除它',
    ]);
    expect(issuesOf(['policy: a.policy.yaml', 'scenarios:', '  - name: x', '    at: "2025-09-30"', '    expect: {}', '  - name: x', '    at: "2025-09-30"', '    expect: {}'])).toEqual([
      '第 6 行第 11 列 scenarios[1].name：场景名称“x”重复（提示：每个场景的名称应不同，测试结果按名称显示）',
    ]);
  });

  it('leaves out what the issue does not have', () => {
    expect(describeIssue({ path: [], message: 'YAML 语法错误：x', hint: '检查缩进', line: 5, column: 1 })).toBe('第 5 行第 1 列：YAML 语法错误：x（提示：检查缩进）');
    expect(describeIssue({ path: ['stages', 0, 'id'], message: '重复', line: 3 })).toBe('第 3 行 stages[0].id：重复');
    expect(describeIssue({ path: ['id'], message: '缺少' })).toBe('id：缺少');
    expect(describeIssue({ path: [], message: '无法读取场景测试文件：x' })).toBe('无法读取场景测试文件：x');
  });
});
