import { formatIssuePath, type PolicyIssue } from '@banfa/policy-model';
import { Typography } from 'antd';

/** Every problem of the text, each a button that takes the cursor to it (and the forms to its element). */
export function IssuesList({ issues, onPick }: { issues: ReadonlyArray<PolicyIssue>; onPick(issue: PolicyIssue): void }) {
  if (issues.length === 0) return null;
  return (
    <ol aria-label="错误列表" style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 180, overflowY: 'auto', border: '1px solid #ffccc7', borderRadius: 6, background: '#fff2f0' }}>
      {issues.map((issue, index) => {
        const path = formatIssuePath(issue.path);
        const where = issue.line !== undefined ? `第 ${issue.line} 行${issue.column !== undefined ? `第 ${issue.column} 列` : ''}` : '位置未知';
        return (
          <li key={`${index}:${path}:${issue.message}`} style={{ borderTop: index === 0 ? undefined : '1px solid #ffe1dc' }}>
            <button
              type="button"
              className="studio-issue"
              onClick={() => onPick(issue)}
              style={{ display: 'block', width: '100%', textAlign: 'left', padding: '6px 10px', background: 'transparent', border: 0, cursor: 'pointer', font: 'inherit' }}
            >
              <Typography.Text strong type="danger">
                {where}
              </Typography.Text>
              <Typography.Text>：{issue.message}</Typography.Text>
              {issue.hint && <Typography.Text type="secondary">（提示：{issue.hint}）</Typography.Text>}
              {path && (
                <Typography.Text type="secondary" code style={{ marginLeft: 4, fontSize: 12 }}>
                  {path}
                </Typography.Text>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
