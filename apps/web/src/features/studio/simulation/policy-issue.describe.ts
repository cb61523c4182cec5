import { formatIssuePath, type PolicyIssue } from '@banfa/policy-model';

/** "第 12 行第 5 列 scenarios[3].expect.track：…（提示：…）": an issue of the draft or its scenario file, as the studio lists it. */
export function describeIssue(issue: PolicyIssue): string {
  const where = issue.line !== undefined ? `第 ${issue.line} 行${issue.column !== undefined ? `第 ${issue.column} 列` : ''}` : '';
  const path = formatIssuePath(issue.path);
  return `${where}${path ? `${where ? ' ' : ''}${path}` : ''}${where || path ? '：' : ''}${issue.message}${issue.hint ? `（提示：${issue.hint}）` : ''}`;
}
