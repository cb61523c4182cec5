import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'tools/cli/bin/banfa.cjs');
const policy = join(root, 'policies/441623-lianping/consultation-draft-2.policy.yaml');

function banfa(...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: execFileSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** The 连平 policy with a raised threshold, a longer deadline, another reviewing body and a reworded quote. */
function revisedPolicy(): string {
  const revised = readFileSync(policy, 'utf8')
    .replace('amount: "50", unit: 万元, setting: A1', 'amount: "100", unit: 万元, setting: A1')
    .replace('body: finance-bureau', 'body: data-bureau')
    .replace('deadline: { amount: 10, unit: workingDays, from: started, soft: true }\n        cite: { article: 11, item: 4', 'deadline: { amount: 15, unit: workingDays, from: started, soft: true }\n        cite: { article: 11, item: 4')
    .replace('quote: 县审计局负责对县级政务信息化项目进行跟踪审计监督。', 'quote: 县审计局负责对县级政务信息化项目进行审计监督。')
    .replace('versionLabel: 二次征求意见稿', 'versionLabel: 三次征求意见稿');
  const file = join(mkdtempSync(join(tmpdir(), 'banfa-diff-')), 'revised.policy.yaml');
  writeFileSync(file, revised);
  return file;
}

describe('npx banfa policy diff', () => {
  it('prints the changes grouped by kind, each with its article, and the counts', () => {
    const result = banfa('policy', 'diff', policy, revisedPolicy());
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('连平县 · 连平县县级政务信息化项目管理办法');
    expect(lines.slice(lines.indexOf('门槛（1）'), lines.indexOf('门槛（1）') + 2)).toEqual(['门槛（1）', '  ~ 第十二条 备案制门槛：50万元 → 100万元']);
    expect(result.stdout).toContain('基本信息（1）\n  ~ 版本：二次征求意见稿 → 三次征求意见稿');
    expect(result.stdout).toContain(
      '期限（1）\n  ~ 第十一条第（四）项 步骤“初步审核”的期限：原则上10个工作日内（自环节开始次日起算） → 原则上15个工作日内（自环节开始次日起算）',
    );
    expect(result.stdout).toContain('审查机构（1）\n  ~ 第十一条第（五）项 步骤“资金审核”的审查机构：县财政局 → 县政务服务数据管理局');
    expect(result.stdout).toContain('文字修改（1）\n  ~ 第四条第（五）项 审查机构“县审计局”的引文：');
    expect(result.stdout).toMatch(/\n共 5 处变化，其中文字修改 1 处（不影响计算）。\n$/);
  });

  it('answers JSON with the changes and the summary', () => {
    const result = banfa('policy', 'diff', policy, revisedPolicy(), '--json');
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(Object.keys(diff)).toEqual(['before', 'after', 'identical', 'changes', 'summary']);
    expect(diff.before).toMatchObject({ versionLabel: '二次征求意见稿', file: policy });
    expect(diff.summary).toEqual({ total: 5, editorial: 1, byKind: { metadata: 1, threshold: 1, deadline: 1, body: 1, text: 1 } });
    expect(diff.changes).toContainEqual({
      kind: 'threshold',
      element: 'track',
      id: 'filing',
      change: 'changed',
      path: 'tracks[filing].when.threshold',
      before: '50万元',
      after: '100万元',
      citeText: '第十二条',
      sentence: '第十二条 备案制门槛：50万元 → 100万元',
    });
  });

  it('finds a policy as the other commands do, and says when two versions are the same', () => {
    const same = banfa('policy', 'diff', '441623', policy);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('两个版本没有差异。');
    expect(JSON.parse(banfa('policy', 'diff', 'lianping-county-it-projects', policy, '--json').stdout)).toMatchObject({ identical: true, changes: [] });
  });

  it('answers an unknown policy with one line and exit code 2', () => {
    const missing = banfa('policy', 'diff', policy, '999999');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('找不到政策“999999”');
  });
});
