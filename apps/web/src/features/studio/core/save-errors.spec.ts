import { describe, expect, it } from 'vitest';
import { conflictMessage, fieldPath, refusedIssues, refusedMessage } from './save-errors';

describe('a refused save', () => {
  it('turns the api’s field paths into document paths', () => {
    expect(fieldPath('yaml.stages[0].steps[2].body')).toEqual(['stages', 0, 'steps', 2, 'body']);
    expect(fieldPath('content.title')).toEqual(['title']);
    expect(fieldPath('yaml')).toEqual([]);
  });

  it('keeps each issue’s line and column, from the detail or its message, and sets the scenario file’s apart', () => {
    const { document, scenarios } = refusedIssues([
      { field: 'yaml.id', message: '草稿属于政策“a”，不能改为“b”', hint: '请保持 id: a', line: 5, column: 5 },
      { field: 'yaml', message: '12:3: YAML 语法错误' },
      { field: 'scenarios.scenarios[0].expect.track', message: '未定义的管理方式' },
    ]);
    expect(document).toEqual([
      { path: ['id'], message: '草稿属于政策“a”，不能改为“b”', hint: '请保持 id: a', line: 5, column: 5 },
      { path: [], message: '12:3: YAML 语法错误', line: 12, column: 3 },
    ]);
    expect(scenarios).toHaveLength(1);
    expect(refusedMessage(document.length, scenarios)).toMatch(/政策文本有 2 处错误.*场景测试文件有 1 处错误：未定义的管理方式.*已保存在本机/);
  });
});

describe('conflictMessage', () => {
  const base = { lockVersion: 4, updatedAt: '2026-11-20T04:03:00.000Z', publishedAt: null, publishedBy: null, state: 'draft' } as const;

  it('says when the other save was made and what the two choices do', () => {
    const text = conflictMessage(base as never);
    expect(text).toMatch(/已于 \d+月\d+日 \d\d:\d\d 在别处保存/);
    expect(text).toContain('版本号 4');
    expect(text).toContain('使用对方版本');
    expect(text).toContain('保留我的修改');
  });

  it('says who published a version that was published in between', () => {
    expect(conflictMessage({ ...base, state: 'published', publishedAt: '2026-11-21T02:00:00.000Z', publishedBy: '连平县政策管理员' } as never)).toMatch(/由 连平县政策管理员 发布，不能再修改/);
  });
});
