import type { PolicyIssue } from '@banfa/policy-model';
import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A labelled field with the validation problems found at its path, shown where the user types. */
export function FieldShell({ label, issues, required, extra, children }: { label: ReactNode; issues: ReadonlyArray<PolicyIssue>; required?: boolean; extra?: ReactNode; children: ReactNode }) {
  return (
    <Form.Item label={label} required={required} validateStatus={issues.length > 0 ? 'error' : undefined} help={issues.length > 0 ? <IssueList issues={issues} /> : undefined} extra={extra}>
      {children}
    </Form.Item>
  );
}

export function IssueList({ issues }: { issues: ReadonlyArray<PolicyIssue> }) {
  return (
    <div data-testid="field-issues">
      {issues.map((issue, index) => (
        <div key={index}>
          {issue.message}
          {issue.hint ? `（提示：${issue.hint}）` : ''}
          {issue.line !== undefined ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              YAML 第 {issue.line} 行
            </Typography.Text>
          ) : null}
        </div>
      ))}
    </div>
  );
}
