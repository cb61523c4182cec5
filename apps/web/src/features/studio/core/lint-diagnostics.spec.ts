import { describe, expect, it } from 'vitest';
import { lintDiagnostics } from './lint-diagnostics';

const TEXT = 'title: 样例\nstatus: drafted\nbodies:\n  - id: one\n';

describe('lintDiagnostics', () => {
  it('underlines from the issue’s line:col to the end of its line, with the message, hint and field', () => {
    const [diagnostic] = lintDiagnostics(TEXT, [{ path: ['status'], message: '无效的状态', hint: '改为 consultation-draft 等', line: 2, column: 9 }]);
    expect(TEXT.slice(diagnostic?.from, diagnostic?.to)).toBe('drafted');
    expect(diagnostic).toMatchObject({ severity: 'error', message: '无效的状态（提示：改为 consultation-draft 等） [status]' });
  });

  it('places an issue without a line at the element its path names', () => {
    const [diagnostic] = lintDiagnostics(TEXT, [{ path: ['bodies', 0, 'id'], message: '未定义的审查机构' }]);
    expect(TEXT.slice(diagnostic?.from, diagnostic?.to)).toBe('id: one');
  });

  it('still marks a character for an issue at the end of a line', () => {
    const [diagnostic] = lintDiagnostics('title:\n', [{ path: ['title'], message: '标题不能为空', line: 1, column: 7 }]);
    expect((diagnostic?.to ?? 0) - (diagnostic?.from ?? 0)).toBe(1);
  });
});
