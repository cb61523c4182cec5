import { formatIssuePath, parsePolicyYaml, validatePolicyData, YamlLocator, type ParseResult, type PolicyDocument, type PolicyIssue } from '@banfa/policy-model';
import { AppError, type AppErrorDetail } from '../errors/app-error';

/** One problem of a policy document as the api reports it: where (field path, line:col in YAML), what, how to fix. */
export interface PolicyIssueDetail extends AppErrorDetail {
  field: string;
  hint?: string;
  line?: number;
  column?: number;
}

/**
 * How a request's text is named in its issues: `prefix` before each field path (`yaml`, `scenarios`), `fileName` or
 * `source` (“场景测试文件”) before each message.
 */
export interface IssueDetailOptions {
  prefix?: string;
  fileName?: string;
  source?: string;
}

/**
 * Parses YAML text the way files in policies/ are checked (schema, references, CEL type-check). Never throws:
 * anything the parser cannot handle (an alias bomb, a custom tag …) is reported as an issue at the top.
 */
export function parsePolicyText(text: string): ParseResult {
  try {
    const result = storable(parsePolicyYaml(text));
    return result.ok ? result : { ok: false, issues: locatedIn(text, result.issues) };
  } catch (error) {
    return { ok: false, issues: [unreadable(error)] };
  }
}

/** Issues found after parsing (the column limits) placed in the text too, so every issue of a text has its line. */
function locatedIn(text: string, issues: PolicyIssue[]): PolicyIssue[] {
  if (issues.every((issue) => issue.line !== undefined)) return issues;
  const locator = new YamlLocator(text);
  return issues.map((issue) => (issue.line !== undefined ? issue : { ...issue, ...locator.locate(issue.path) }));
}

/** Validates a document sent as JSON (the designer's save) with the same checks as a file. Never throws. */
export function validatePolicyContent(data: unknown): ParseResult {
  try {
    const result = validatePolicyData(data);
    return result.ok ? storable(result) : { ok: false, issues: result.issues };
  } catch (error) {
    return { ok: false, issues: [unreadable(error)] };
  }
}

/** The 422 for an invalid document: every issue with its path (prefixed as the request names it), line and hint. */
export function policyInvalid(issues: ReadonlyArray<PolicyIssue>, options: IssueDetailOptions = {}): AppError {
  return invalidDetails(issueDetails(issues, options), options.fileName ? `政策文件 ${options.fileName} ` : '政策内容');
}

/** The 422 for details already placed (a document's and its scenario file's issues together). */
export function invalidDetails(details: PolicyIssueDetail[], where = '提交的内容'): AppError {
  return new AppError('policy-invalid', `${where}有 ${details.length} 处错误，未保存任何内容；请按各条提示修改后重试`, details);
}

/** Each issue as the api reports it: its field path (prefixed as the request names it), line:col and hint. */
export function issueDetails(issues: ReadonlyArray<PolicyIssue>, options: IssueDetailOptions = {}): PolicyIssueDetail[] {
  return issues.map((issue) => issueDetail(issue, options));
}

/** A document that passed validation, or the 422 listing what is wrong. */
export function validDocument(result: ParseResult, options: IssueDetailOptions = {}): PolicyDocument {
  if (!result.ok) throw policyInvalid(result.issues, options);
  return result.document;
}

function issueDetail(issue: PolicyIssue, options: IssueDetailOptions): PolicyIssueDetail {
  const path = formatIssuePath(issue.path);
  const field = options.prefix ? (path ? `${options.prefix}.${path}` : options.prefix) : path || '（文件）';
  const column = issue.column ?? 1;
  const location =
    issue.line === undefined ? undefined : options.fileName ? `${options.fileName}:${issue.line}:${column}` : `第 ${issue.line} 行第 ${column} 列`;
  const place = `${options.source ?? ''}${location ?? ''}`;
  return {
    field,
    message: place ? `${place}：${issue.message}` : issue.message,
    ...(issue.hint ? { hint: issue.hint } : {}),
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
  };
}

/** The database's column limits, checked here so that a long title is a 422, not a database error. */
const COLUMN_LIMITS: ReadonlyArray<[key: 'id' | 'title' | 'versionLabel', max: number, label: string]> = [
  ['id', 100, '政策标识'],
  ['title', 300, '标题'],
  ['versionLabel', 100, '版本名称'],
];

/**
 * What the api stores: the document as written (with its readings' overrides, ADR 0004), checked against the
 * columns it fills. The effective document is derived from it when evaluating (effectiveDocument).
 */
function storable(parsed: ParseResult): ParseResult {
  if (!parsed.ok) return parsed;
  const result = { ok: true as const, document: parsed.written, written: parsed.written };
  const issues: PolicyIssue[] = [];
  for (const [key, max, label] of COLUMN_LIMITS) {
    const value = result.document[key];
    if ([...value].length > max) {
      issues.push({ path: [key], message: `${label}过长（${[...value].length} 字），最多 ${max} 字`, hint: '请缩短后再保存' });
    }
    if (value.includes('\u0000')) {
      issues.push({ path: [key], message: `${label}含有不可见的空字符（U+0000）`, hint: '请删除后重新输入这一项' });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : result;
}

function unreadable(error: unknown): PolicyIssue {
  return {
    path: [],
    message: `无法读取政策内容：${error instanceof Error ? error.message : String(error)}`,
    hint: '请检查文件是否为完整的 YAML 政策文件（可先用“导出”得到一份正确的样例）',
  };
}
