import { describe, expect, it } from 'vitest';
import { YamlLocator, yamlSyntaxIssues } from './yaml-text.locate';

describe('locating a path in YAML text', () => {
  const yaml = new YamlLocator(['id: sample', 'stages:', '  - id: a', '    steps: { b: 1 }', ''].join('\n'));

  it('finds a value, a key when asked, and the nearest enclosing element of what is missing', () => {
    expect(yaml.locate(['stages', 0, 'steps', 'b'])).toEqual({ line: 4, column: 17 });
    expect(yaml.locate(['stages', 0, 'steps', 'b'], true)).toEqual({ line: 4, column: 14 });
    expect(yaml.locate(['stages', 0, 'title'])).toEqual({ line: 3, column: 5 });
    expect(yaml.locate(['stages', 0, 'title'], true)).toEqual({ line: 3, column: 5 });
    expect(yaml.locate([])).toEqual({ line: 1, column: 1 });
    expect(yamlSyntaxIssues(yaml)).toEqual([]);
  });

  it('reports syntax errors at their line and column, without yaml’s own position and excerpt', () => {
    expect(yamlSyntaxIssues(new YamlLocator('id: a\nid: b\n'))).toEqual([
      { path: [], message: 'YAML 语法错误：Map keys must be unique', hint: '检查缩进、括号和引号是否成对；含英文逗号、冒号或 # 的文字请加引号', line: 2, column: 1 },
    ]);
  });
});
