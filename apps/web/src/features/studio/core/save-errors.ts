import type { PolicyErrorDetail, PolicyVersionView } from '@banfa/api-contract';
import type { PolicyIssue } from '@banfa/policy-model';
import type { DocumentPath } from '../studio-draft.context';

/** `yaml.stages[0].steps[2].body` → ['stages', 0, 'steps', 2, 'body'] (the request's prefix dropped). */
export function fieldPath(field: string): DocumentPath {
  const parts: Array<string | number> = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
  return parts.slice(1);
}

const LINE_COLUMN = /(\d+):(\d+)/;

/** A 422's details about the document, as issues at their path and line:col; the scenario file's apart. */
export function refusedIssues(details: ReadonlyArray<PolicyErrorDetail>): { document: PolicyIssue[]; scenarios: PolicyErrorDetail[] } {
  const document: PolicyIssue[] = [];
  const scenarios: PolicyErrorDetail[] = [];
  for (const detail of details) {
    const field = detail.field ?? '';
    if (field === 'scenarios' || field.startsWith('scenarios.') || field.startsWith('scenarios[')) {
      scenarios.push(detail);
      continue;
    }
    const located = LINE_COLUMN.exec(detail.message);
    document.push({
      path: field.startsWith('yaml') || field.startsWith('content') ? fieldPath(field) : [],
      message: detail.message,
      ...(detail.hint ? { hint: detail.hint } : {}),
      ...(detail.line !== undefined ? { line: detail.line, column: detail.column } : located ? { line: Number(located[1]), column: Number(located[2]) } : {}),
    });
  }
  return { document, scenarios };
}

/** A 422 in one sentence for the header: how many problems, where to look. */
export function refusedMessage(documentCount: number, scenarios: ReadonlyArray<PolicyErrorDetail>): string {
  const parts = [
    documentCount > 0 ? `政策文本有 ${documentCount} 处错误（见 YAML 旁的错误列表）` : '',
    scenarios.length > 0 ? `场景测试文件有 ${scenarios.length} 处错误：${scenarios.map((detail) => detail.message).join('；')}` : '',
  ].filter(Boolean);
  return `服务器未保存：${parts.join('；') || '内容未通过校验'}。修改已保存在本机，改正后自动保存`;
}

export function shortTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What the user reads when someone else saved (or published) the draft in between: who, when, and the choice. */
export function conflictMessage(theirs: PolicyVersionView): string {
  if (theirs.state === 'published') {
    const who = theirs.publishedBy ? `由 ${theirs.publishedBy} ` : '';
    return `此版本已于 ${shortTime(theirs.publishedAt)} ${who}发布，不能再修改。你的修改仍保留在本机：可复制你的 YAML，基于已发布版本新建草稿后粘贴。`;
  }
  const when = shortTime(theirs.updatedAt);
  return `此草稿${when ? `已于 ${when} ` : '已'}在别处保存（另一位政策管理员，或你在另一个窗口），版本号 ${theirs.lockVersion}。你的修改尚未保存，仍保留在本机。请选择使用对方版本（放弃本机的修改），或保留我的修改（以你的内容覆盖对方保存的内容）。`;
}
