import { formatIssuePath, type PolicyIssue } from '@banfa/policy-model';
import type { Diagnostic } from '@codemirror/lint';
import { nearestRange, offsetOf } from './yaml-path';

/** Where an issue is in the text: its line:col when it has one, else the element at its path, else the start. */
export function issueOffset(text: string, issue: PolicyIssue): number {
  if (issue.line !== undefined) return offsetOf(text, issue.line, issue.column ?? 1);
  return issue.path.length > 0 ? (nearestRange(text, issue.path)?.from ?? 0) : 0;
}

/** The issue as the policy admin reads it beside the text: the message, the fix, and the field it concerns. */
export function issueText(issue: PolicyIssue): string {
  const path = formatIssuePath(issue.path);
  return `${issue.message}${issue.hint ? `（提示：${issue.hint}）` : ''}${path ? ` [${path}]` : ''}`;
}

/**
 * The issues of `text` as CodeMirror lint diagnostics: from the issue's position to the end of its word or line,
 * so the underline sits where the problem is and the gutter marks its line.
 */
export function lintDiagnostics(text: string, issues: ReadonlyArray<PolicyIssue>): Diagnostic[] {
  return issues.map((issue) => {
    const from = Math.min(issueOffset(text, issue), text.length);
    const lineEnd = text.indexOf('\n', from);
    const end = lineEnd === -1 ? text.length : lineEnd;
    // An issue at a line's end (a missing value) still gets one character to underline.
    const to = end > from ? end : Math.min(from + 1, text.length);
    return { from: to > from ? from : Math.max(0, from - 1), to, severity: 'error' as const, message: issueText(issue), source: 'banfa' };
  });
}
