/** A problem found in a policy document, with where it is and how to fix it. */
export interface PolicyIssue {
  /** Path of the offending element, e.g. ["stages", 0, "steps", 2, "body"]. */
  path: ReadonlyArray<string | number>;
  message: string;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
  /** 1-based line and column in the source text, when the document came from text. */
  line?: number;
  column?: number;
}

/** "stages[0].steps[2].body" */
export function formatIssuePath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** "policies/…/x.policy.yaml:12:7: 未定义的审查机构 … [stages[0].steps[2].body]（提示：…）" */
export function formatIssue(issue: PolicyIssue, fileName?: string): string {
  const where = [fileName, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const path = formatIssuePath(issue.path);
  const text = `${issue.message}${path ? ` [${path}]` : ''}${issue.hint ? `（提示：${issue.hint}）` : ''}`;
  return where ? `${where}: ${text}` : text;
}

export class PolicyValidationError extends Error {
  constructor(
    readonly issues: ReadonlyArray<PolicyIssue>,
    readonly fileName?: string,
  ) {
    super(
      `政策文件${fileName ? ` ${fileName} ` : ''}有 ${issues.length} 处错误：\n` +
        issues.map((issue) => `  ${formatIssue(issue, fileName)}`).join('\n'),
    );
    this.name = 'PolicyValidationError';
  }
}
