import { describe, expect, it } from 'vitest';
import { READINGS_POLICY_YAML } from './fixtures/readings.fixture';
import { parsePolicyYaml } from './parse-policy';
import { formatIssue } from './policy-issue';

function issuesOf(text: string) {
  const result = parsePolicyYaml(text);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('checking the alternatives of ambiguity settings', () => {
  it('accepts alternatives that each resolve to a valid document', () => {
    expect(parsePolicyYaml(READINGS_POLICY_YAML)).toMatchObject({ ok: true });
  });

  it('reports an override path that does not resolve at its line and column, saying what is there', () => {
    const text = READINGS_POLICY_YAML.replace('path: tracks/small/when', 'path: tracks/smal/when');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ path: ['settings', 0, 'alternatives', 1, 'overrides', 0, 'path'], line: lineOf(text, 'tracks/smal/'), column: 21 });
    expect(issue?.message).toBe('A1“inclusive”的覆盖路径“tracks/smal/when/threshold/comparison”无法解析：在 tracks 下，“smal”：列表中没有标识为“smal”的元素（有：small、full）');
    expect(formatIssue(issue ?? { path: [], message: '' }, 'x.policy.yaml')).toMatch(/^x\.policy\.yaml:\d+:21: .*（提示：路径按元素的 id/);
  });

  it('validates the document under each alternative and blames the override that breaks it', () => {
    const text = READINGS_POLICY_YAML.replace('{ path: stages/0/steps/1/deadline/amount, value: 5 }', '{ path: stages/0/steps/1/after, value: [decision] }');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ path: ['settings', 1, 'alternatives', 1, 'overrides', 0], line: lineOf(text, 'value: [decision]'), column: 13 });
    expect(issue?.message).toBe('取 A2 的解读“five”时，文件无效：未定义的环节“decision”（位于 stages[0].steps[1].after[0]）');
  });

  it('runs the schema on each alternative too (an override can write a value of the wrong type)', () => {
    const text = READINGS_POLICY_YAML.replace('{ path: tracks/small/when/threshold/comparison, value: lte }', '{ path: tracks/small/when/threshold/comparison, value: at-most }');
    expect(issuesOf(text)[0]?.message).toMatch(/^取 A1 的解读“inclusive”时，文件无效：.*（位于 tracks\[0\]\.when/);
  });

  it('requires every alternative but the written one to carry overrides or effect: none with a reason', () => {
    const bare = issuesOf(READINGS_POLICY_YAML.replace(', effect: none, reason: 只影响表述，不影响环节和期限', ''));
    expect(bare[0]).toMatchObject({ path: ['settings', 1, 'alternatives'] });
    expect(bare[0]?.message).toBe('A2 的解读 “ten”、“wording” 都既没有 overrides 也没有 effect；只有文件正文所采用的那一个解读可以两者都不写');
    const reasonless = issuesOf(READINGS_POLICY_YAML.replace(', reason: 只影响表述，不影响环节和期限', ''));
    expect(reasonless[0]).toMatchObject({ path: ['settings', 1, 'alternatives', 2, 'effect'], message: 'A2 的解读“wording”写了 effect: none，但缺少 reason' });
  });

  it('refuses an unsupported reading as the chosen one', () => {
    const text = READINGS_POLICY_YAML.replace('{ value: ten, label: 原则上10个工作日 }', '{ value: ten, label: 原则上10个工作日, effect: unsupported, reason: 样例 }');
    expect(issuesOf(text)).toContainEqual(expect.objectContaining({ path: ['settings', 1, 'reading'], message: 'A2 选定的解读“ten”标为 effect: unsupported（无法由系统计算），不能作为选定解读' }));
  });

  it('refuses an override that has neither a value nor remove, or one that touches the settings', () => {
    expect(issuesOf(READINGS_POLICY_YAML.replace('deadline/soft, remove: true', 'deadline/soft'))[0]?.message).toContain('value（新的取值）或 remove: true');
    expect(issuesOf(READINGS_POLICY_YAML.replace('path: tracks/small/when/threshold/comparison', 'path: settings/A2/reading'))[0]?.message).toContain('不能修改 settings 本身');
  });
});
