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

  it('reports a fact declared twice at the second one, instead of failing while checking conditions', () => {
    const text = MINIMAL_POLICY_YAML.replace('facts:\n', 'facts:\n  - { key: involvesCryptography, cite: { article: 7, quote: 样例条文 } }\n');
    const issues = issuesOf(text);
    expect(issues).toEqual([expect.objectContaining({ path: ['facts', 2, 'key'], message: '事实“involvesCryptography”重复声明' })]);
  });

  it('refuses steps whose order forms a cycle', () => {
    const text = MINIMAL_POLICY_YAML.replace('{ id: apply, name: 申报, body: applicant, doneOn: submitted, cite: { article: 7, quote: 样例条文 } }', '{ id: apply, name: 申报, body: applicant, after: [review], cite: { article: 7, quote: 样例条文 } }');
    expect(issuesOf(text)[0]?.message).toBe('环节的先后顺序构成循环：apply → review → apply');
  });

  it('requires a money fact for a threshold', () => {
    const text = MINIMAL_POLICY_YAML.replace('fact: totalInvestment, comparison', 'fact: involvesCryptography, comparison');
    expect(issuesOf(text)[0]?.message).toMatch(/money 类型/);
  });

  it("reports a form's print layout that names what the form's schema does not have, at its line and column", () => {
    const form = `forms:
  - id: checklist
    title: 核查表
    cite: { appendix: 2 }
    print:
      sealLine: { label: 单位名称（盖章）：, field: unitName }
      rows:
        - [unitName, phone]
      stacks:
        total: [hardware, sofware]
      opinions:
        remarks: { signer: lead }
      lists:
        items: { minRows: 6, totals: [subtotal] }
    schema:
      type: object
      properties:
        header:
          type: void
          x-component: Section
          properties:
            unitName: { type: string, title: 单位名称 }
            phone: { type: string, title: 电话 }
            total: { type: string, title: 项目总投资 }
            hardware: { type: string, title: 系统硬件 }
            software: { type: string, title: 系统软件 }
        items:
          type: array
          items: { type: object, properties: { amount: { type: string, title: 金额 } } }
`;
    const issues = issuesOf(MINIMAL_POLICY_YAML + form);
    expect(issues.map(({ path, line, column }) => ({ path, line, column }))).toEqual([
      { path: ['forms', 0, 'print', 'stacks', 'total', 1], line: 47, column: 27 },
      // A name used as a key is shown at the key.
      { path: ['forms', 0, 'print', 'opinions', 'remarks'], line: 49, column: 9 },
      { path: ['forms', 0, 'print', 'opinions', 'remarks', 'signer'], line: 49, column: 28 },
      { path: ['forms', 0, 'print', 'lists', 'items', 'totals', 0], line: 51, column: 39 },
    ]);
    expect(issues[0]?.message).toBe('打印版式引用了表单中没有的字段“sofware”');
    expect(issues[0]?.hint).toMatch(/本表单的字段有：unitName、phone、total、hardware、software$/);
    expect(issues[1]?.message).toBe('打印版式引用了表单中没有的字段“remarks”');
    expect(issues[3]?.message).toBe('清单“items”没有字段“subtotal”，无法合计');
    expect(issues[3]?.hint).toBe('此处须写清单每行中字段的属性名，清单“items”的字段有：amount');
    expect(() => loadPolicyYaml(MINIMAL_POLICY_YAML + form, 'sample.yaml')).toThrow(/sample\.yaml:47:27: 打印版式引用了表单中没有的字段“sofware” \[forms\[0\]\.print\.stacks\.total\[1\]\]/);
    // Spelt right, it is valid.
    const fixed = form.replace('sofware', 'software').replace('remarks: { signer: lead }', 'phone: { lines: 2 }').replace('totals: [subtotal]', 'totals: [amount]');
    expect(parsePolicyYaml(MINIMAL_POLICY_YAML + fixed).ok).toBe(true);
  });

  it("checks a form's print layout against its schema: unknown keys, a label column only for merged sections", () => {
    const form = (print: string) => `forms:
  - id: checklist
    title: 核查表
    cite: { appendix: 2 }
    print: ${print}
    schema: { type: object, properties: { header: { type: void, properties: { unitName: { type: string } } } } }
`;
    expect(issuesOf(MINIMAL_POLICY_YAML + form('{ row: [[unitName]] }'))[0]).toMatchObject({ path: ['forms', 0, 'print', 'row'], line: 42, column: 14 });
    const [issue] = issuesOf(MINIMAL_POLICY_YAML + form('{ sections: { header: { style: row, labelSpan: 2 } } }'));
    expect(issue).toMatchObject({ path: ['forms', 0, 'print', 'sections', 'header', 'labelSpan'], message: 'labelSpan 只用于 style: merged' });
    expect(parsePolicyYaml(MINIMAL_POLICY_YAML + form('{ sections: { header: { style: merged, labelSpan: 2 } } }')).ok).toBe(true);
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
