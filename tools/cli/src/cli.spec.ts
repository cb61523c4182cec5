import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from './schema.command';

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

describe('npx banfa', () => {
  it('validates every policy in policies/', () => {
    const result = banfa('policy', 'validate');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ policies/441623-lianping/consultation-draft-2.policy.yaml（连平县');
  });

  it('names the file, line and column of an error and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-cli-'));
    const broken = join(dir, 'broken.policy.yaml');
    writeFileSync(broken, readFileSync(policy, 'utf8').replace('body: finance-bureau', 'body: tax-bureau'));
    const result = banfa('policy', 'validate', broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/broken\.policy\.yaml:\d+:\d+: 未定义的审查机构“tax-bureau”.*\[stages\[0\]\.steps\[4\]\.body\]/);
  });

  it('evaluates a project with facts written with their unit', () => {
    const result = banfa('evaluate', '--policy', '441623', '-f', 'totalInvestment=30万元', '-f', 'involvesCryptography=false', '--at', '2025-09-30');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('管理方式：备案制（第十二条）');
  });

  it('shows a policy in Chinese, each element with its article', () => {
    const result = banfa('policy', 'show', 'lianping-county-it-projects');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1. 备案制：项目总投资 ≤ 50万元（A1） 〔第十二条〕');
    expect(result.stdout).toContain('密码应用审核 · 县密码管理局 · 条件：项目涉及密码应用');
    expect(result.stdout).toContain('变更金额原则上≤合同金额的10% 〔第二十一条第（二）项〕');
    expect(result.stdout).toContain('原则上不予立项：系统未纳入政务信息系统目录 〔第九条第（一）项〕');
    expect(banfa('policy', 'show', 'no-such-policy').status).toBe(1);
  });

  it('keeps the committed JSON Schema for editors in step with the language', () => {
    expect(readFileSync(join(root, SCHEMA_FILE), 'utf8'), 'run `npx banfa policy schema` and commit the result').toBe(schemaText());
  });

  it('computes a deadline on the official calendar, and marks a year without data as provisional', () => {
    expect(banfa('deadline', '--from', '2025-09-30', '--working-days', '5').stdout).toContain('2025-10-14');
    const later = JSON.parse(banfa('deadline', '--from', '2030-12-30', '--working-days', '5', '--json').stdout);
    expect(later).toMatchObject({ due: '2031-01-06', provisional: true });
    expect(banfa('deadline', '--from', '2025-01-31', '--months', '1', '--json').stdout).toContain('"due":"2025-02-28"');
  });

  it('counts a deadline under the counting conventions a policy may set', () => {
    // 国庆 2025: Saturday 10-11 is 调休上班; not counted, the fifth working day is 10-15; the event day counted, 10-13.
    expect(banfa('deadline', '--from', '2025-09-30', '--working-days', '5', '--skip-adjusted-workdays').stdout).toContain('2025-10-15（自2025-09-30次日起算5个工作日；调休上班日不计）');
    expect(banfa('deadline', '--from', '2025-09-30', '--working-days', '5', '--event-day-included').stdout).toContain('2025-10-13（自2025-09-30当日起算5个工作日）');
    // 2024-03-31 is a Sunday: moved back to Friday 03-29 instead of on to Monday 04-01.
    expect(JSON.parse(banfa('deadline', '--from', '2024-03-01', '--calendar-days', '30', '--holiday-end', 'previous-working-day', '--json').stdout)).toMatchObject({ due: '2024-03-29' });
    expect(JSON.parse(banfa('deadline', '--from', '2024-03-01', '--calendar-days', '30', '--json').stdout)).toMatchObject({ due: '2024-04-01' });
    const bad = banfa('deadline', '--from', '2024-03-01', '--calendar-days', '30', '--holiday-end', 'sideways');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--holiday-end 应为 next-working-day、previous-working-day、unchanged 之一，而不是“sideways”');
  });

  it('answers bad input with one line and exit code 2', () => {
    const bad = banfa('deadline', '--from', '2025-02-30', '--working-days', '5');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('错误：“2025-02-30”不是有效日期，应为 YYYY-MM-DD');
    const float = banfa('evaluate', '--policy', policy, '-f', 'totalInvestment=3e5', '--at', '2025-09-30');
    expect(float.status).toBe(2);
    expect(float.stderr).toContain('事实 totalInvestment（项目总投资）是金额，应写成带单位的十进制数，例如 totalInvestment=30万元，而不是“3e5”');
    expect(banfa('evaluate', '--policy', policy, '-f', 'isUrgentX=true', '--at', '2025-09-30').stderr).toContain('未知的事实“isUrgentX”');
    expect(banfa('evaluate', '--policy', '999999').stderr).toContain('找不到政策“999999”');
    expect(banfa('deadline', '--from', '2025-09-30').status).toBe(2);
  });

  it('lists the canonical facts and events', () => {
    const listed = banfa('facts').stdout;
    expect(listed).toContain('totalInvestment · money · 项目总投资');
    expect(listed).toContain('contractSigned · 合同签订');
  });

  it('runs the scenario tests and closes with the counts', () => {
    const all = banfa('policy', 'test');
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    const dir = mkdtempSync(join(tmpdir(), 'banfa-scenarios-'));
    writeFileSync(join(dir, 'x.policy.yaml'), readFileSync(policy, 'utf8'));
    writeFileSync(
      join(dir, 'x.scenarios.yaml'),
      'policy: x.policy.yaml\nscenarios:\n  - name: 错误的期望\n    at: "2025-09-30"\n    facts: { totalInvestment: 80万元 }\n    expect: { track: filing }\n',
    );
    const failing = banfa('policy', 'test', dir);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('✗ 错误的期望');
    expect(failing.stdout).toContain('管理方式：期望 "filing"，实际 "approval"');
    expect(failing.stdout).toContain('0 passed, 1 failed');
  });

  it('evaluates from facts and events files and answers JSON with the documented keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-input-'));
    writeFileSync(join(dir, 'facts.yaml'), 'totalInvestment: 80万元\ninvolvesCryptography: false\n');
    writeFileSync(join(dir, 'events.yaml'), '- { kind: submitted, on: "2025-09-30" }\n');
    const result = banfa('evaluate', '--policy', 'lianping-county-it-projects', '--facts', join(dir, 'facts.yaml'), '--events', join(dir, 'events.yaml'), '--at', '2025-10-01', '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['policy', 'track', 'steps', 'attachments', 'obligations', 'findings', 'trace']);
    expect(report.track.name).toBe('审批制');
    expect(report.steps.find((step: { id: string }) => step.id === 'initial-review').deadline.dueOn).toBe('2025-10-21');
    writeFileSync(join(dir, 'bad-events.yaml'), '- { kind: signedContract, on: "2025-09-30" }\n');
    const bad = banfa('evaluate', '--policy', '441623', '--events', join(dir, 'bad-events.yaml'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^错误：事件文件（.*） 0\.kind：未知的事件类型/);
  });

  it('fails the scenario run when a reading that changes the policy has no scenario showing what it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-coverage-'));
    writeFileSync(join(dir, 'x.policy.yaml'), readFileSync(policy, 'utf8'));
    writeFileSync(
      join(dir, 'x.scenarios.yaml'),
      'policy: x.policy.yaml\nscenarios:\n  - name: 恰好50万元为备案制\n    at: "2025-09-30"\n    facts: { totalInvestment: 50万元 }\n    expect: { track: filing }\n',
    );
    const result = banfa('policy', 'test', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ 歧义设置覆盖：歧义设置 A1 的解读“exclusive”（不含50万元（< 50万元为备案制））没有场景测试');
    expect(result.stdout).toMatch(/歧义设置覆盖：\d+ 处解读没有场景测试显示其不同结果\n1 passed, 0 failed\n$/);
  });

  it('evaluates under a reading chosen with --reading, and refuses an unknown one with one line', () => {
    const args = ['evaluate', '--policy', '441623', '-f', 'totalInvestment=50万元', '-f', 'involvesCryptography=false', '--at', '2025-09-30'];
    expect(banfa(...args).stdout).toContain('管理方式：备案制');
    const exclusive = banfa(...args, '--reading', 'A1=exclusive');
    expect(exclusive.status).toBe(0);
    expect(exclusive.stdout).toContain('管理方式：审批制');
    expect(exclusive.stdout).toContain('所用解读（--reading）：A1=exclusive（不含50万元（< 50万元为备案制））');
    const json = JSON.parse(banfa(...args, '--reading', 'A1=exclusive', '--json').stdout);
    expect(json.policy.settings).toContainEqual(expect.objectContaining({ id: 'A1', reading: 'exclusive' }));
    const unknown = banfa(...args, '--reading', 'A1=both');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe('错误：歧义设置 A1 没有解读“both”，可选：inclusive、exclusive');
    expect(banfa(...args, '--reading', 'A99=x').stderr).toContain('错误：未定义的歧义设置“A99”');
    expect(banfa(...args, '--reading', 'A1').stderr.trim()).toBe('错误：解读应写成 设置=解读，例如 --reading A3=parallel，而不是“A1”');
    // A31 inclusive was `effect: unsupported` until the language could count the event day (ADR 9): it now evaluates.
    const inclusive = banfa(...args, '--reading', 'A31=inclusive');
    expect(inclusive.status).toBe(0);
    expect(inclusive.stdout).toContain('所用解读（--reading）：A31=inclusive');
    // A reading still marked unsupported is refused with one line: here a copy of 连平 whose skip-adjusted-workdays is so marked.
    const marked = join(mkdtempSync(join(tmpdir(), 'banfa-cli-')), 'unsupported.policy.yaml');
    const text = readFileSync(policy, 'utf8');
    const unsupported = text.replace('        overrides:\n          - { path: counting/adjustedWorkdays, value: skip }\n', '        effect: unsupported\n        reason: 样例：系统尚不能计算此解读\n');
    expect(unsupported).not.toBe(text);
    writeFileSync(marked, unsupported);
    const refused = banfa('evaluate', '--policy', marked, '-f', 'totalInvestment=50万元', '--at', '2025-09-30', '--reading', 'A31=skip-adjusted-workdays');
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe('错误：歧义设置 A31 的解读“skip-adjusted-workdays”尚不能由系统计算：样例：系统尚不能计算此解读');
  }, 120_000); // eight processes of the CLI, each starting tsx: slow on a busy machine

  it('checks a change request under a chosen reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-change-reading-'));
    writeFileSync(join(dir, 'change.yaml'), 'on: "2026-03-01"\nlines: [{ old: 2万元, new: 12万元 }]\nnewTotal: 100万元\n');
    const result = banfa('check-change', '--policy', '441623', '-f', 'contractAmount=100万元', '--change', join(dir, 'change.yaml'), '--reading', 'A9=refused', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'refused' });
  });

  it('checks a change request against the change rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-change-'));
    writeFileSync(join(dir, 'change.yaml'), 'on: "2026-03-01"\nlines: [{ old: 2万元, new: 12万元 }]\nnewTotal: 100万元\n');
    const result = banfa('check-change', '--policy', '441623', '-f', 'contractAmount=100万元', '--change', join(dir, 'change.yaml'), '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'outside-regulation', earlierChanges: 0 });
    const text = banfa('check-change', '--policy', '441623', '-f', 'contractAmount=100万元', '--change', join(dir, 'change.yaml')).stdout;
    expect(text).toContain('✗ （原则上）变更金额 12万元 / 合同金额 100万元 = 0.1200 ≤ 0.10〔第二十一条第（二）项〕');
  });
});
