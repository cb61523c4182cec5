import type { PolicyIssue } from '@banfa/policy-model';
import { Alert } from 'antd';
import { describeIssue } from './policy-issue.describe';

const SHOWN = 5;

/**
 * The draft does not validate: how many problems, the first few with their line and path, and what is shown
 * meanwhile (the last valid version's results, greyed), or that nothing can be computed yet.
 */
export function DraftIssuesAlert({ issues, stale }: { issues: ReadonlyArray<PolicyIssue>; stale: boolean }) {
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      data-testid="draft-invalid"
      message={stale ? `草稿当前有 ${issues.length} 处错误：下面是最近一次有效内容的结果（已过时，灰色显示）` : `草稿有 ${issues.length} 处错误，改正后才能计算结果`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {issues.slice(0, SHOWN).map((issue, index) => (
            <li key={index}>{describeIssue(issue)}</li>
          ))}
          {issues.length > SHOWN && <li>另有 {issues.length - SHOWN} 处，见 YAML 窗格</li>}
        </ul>
      }
    />
  );
}
