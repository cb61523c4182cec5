import { describe, expect, it } from 'vitest';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { loadPolicyYaml, parsePolicyYaml } from './parse-policy';

function issuesOf(text: string) {
  const result = parsePolicyYaml(text);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}

describe('parsePolicyYaml', () => {
  it('accepts a valid document and applies defaults', () => {
    const result = parsePolicyYaml(MINIMAL_POLICY_YAML);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.stages[0]?.steps[0]?.after).toEqual([]);
      expect(result.document.tracks[0]?.when).toEqual({
        threshold: { fact: 'totalInvestment', comparison: 'lt', amount: '100', unit: '万元' },
      });
    }
  });

  it('points at the line and column of a misspelt key', () => {
    const text = MINIMAL_POLICY_YAML.replace('versionLabel: 试行', 'versionLable: 试行');
    const issues = issuesOf(text);
    expect(issues).toContainEqual(expect.objectContaining({ path: ['versionLable'], line: 5, column: 1 }));
    expect(issues.find((issue) => issue.path[0] === 'versionLable')?.message).toMatch(/未知的键“versionLable”/);
  });

  it('reports a step that names an undeclared body at the body field', () => {
    const text = MINIMAL_POLICY_YAML.replace('body: data-bureau', 'body: finance-bureau');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ path: ['stages', 0, 'steps', 1, 'body'], line: 34, column: 15 });
    expect(issue?.message).toMatch(/未定义的审查机构“finance-bureau”/);
  });

  it('type-checks CEL conditions against the declared facts', () => {
    const text = MINIMAL_POLICY_YAML.replace(
      "        after: [apply]\n",
      '        after: [apply]\n        when: { cel: "totalInvestment && involvesCryptography" }\n',
    );
    const [issue] = issuesOf(text);
    expect(issue?.path).toEqual(['stages', 0, 'steps', 1, 'when', 'cel']);
    expect(issue?.message).toMatch(/条件表达式有误/);
  });

  it('refuses a condition that reads an undeclared fact', () => {
    const text = MINIMAL_POLICY_YAML.replace(
      "        after: [apply]\n",
      '        after: [apply]\n        when: { cel: "isUrgent" }\n',
    );
    expect(issuesOf(text)[0]?.message).toMatch(/isUrgent/);
  });

  it('refuses steps whose order forms a cycle', () => {
    const text = MINIMAL_POLICY_YAML.replace('{ id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }', '{ id: apply, name: 申报, body: applicant, after: [review], cite: { article: 7, quote: 样例条文 } }');
    expect(issuesOf(text)[0]?.message).toBe('环节的先后顺序构成循环：apply → review → apply');
  });

  it('requires a money fact for a threshold', () => {
    const text = MINIMAL_POLICY_YAML.replace('fact: totalInvestment, comparison', 'fact: involvesCryptography, comparison');
    expect(issuesOf(text)[0]?.message).toMatch(/money 类型/);
  });

  it('reports YAML syntax errors with their position', () => {
    const [issue] = issuesOf('schemaVersion: 1\nid: [unclosed\n');
    expect(issue?.message).toMatch(/YAML 语法错误/);
    expect(issue?.line).toBeGreaterThan(0);
  });

  it('names the file, line and column when loading fails', () => {
    expect(() => loadPolicyYaml(MINIMAL_POLICY_YAML.replace('status: trial', 'status: active'), 'sample.yaml')).toThrow(
      /sample\.yaml:7:9: .*\[status\]/,
    );
  });
});
