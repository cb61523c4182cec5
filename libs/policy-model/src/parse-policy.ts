import { z } from 'zod';
import { applyReadings } from './apply-readings';
import { checkPolicyReferences } from './policy-references';
import { policyDocumentSchema, type PolicyDocument } from './policy-document.schema';
import { PolicyValidationError, type PolicyIssue } from './policy-issue';
import { checkReadings } from './reading-checks';
import { YamlLocator, yamlSyntaxIssues } from './yaml-text.locate';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;

/**
 * `document` is the effective document (each setting at its `reading`, see applyReadings): what the runtime takes.
 * `written` is the document as written, from which other readings are resolved.
 */
export type ParseResult =
  | { ok: true; document: PolicyDocument; written: PolicyDocument }
  | { ok: false; issues: PolicyIssue[] };

/**
 * Parses and validates a policy document from YAML text. Every issue carries the line and column of the
 * element it concerns, so an admin can go straight to it. Pure: the caller reads the file.
 */
export function parsePolicyYaml(text: string): ParseResult {
  const yaml = new YamlLocator(text);
  const syntaxIssues = yamlSyntaxIssues(yaml);
  if (syntaxIssues.length > 0) return { ok: false, issues: syntaxIssues };
  // An unknown key is shown at the key; anything else at its value, or at the nearest enclosing element that exists.
  const located = ({ atKey, ...issue }: PolicyIssue & { atKey?: boolean }): PolicyIssue => ({ ...issue, ...yaml.locate(issue.path, atKey) });
  const result = validatePolicyData(yaml.doc.toJS());
  return result.ok ? result : { ok: false, issues: result.issues.map(located) };
}

/**
 * Validates an already parsed object (from JSON, the database or the api): the schema, the references, and the
 * ambiguity settings' alternatives (each resolved alternative must itself be valid). Returns the effective document.
 */
export function validatePolicyData(data: unknown): ParseResult & { issues?: Array<PolicyIssue & { atKey?: boolean }> } {
  const parsed = validateDocument(data);
  if (!parsed.ok) return parsed;
  const readingIssues = checkReadings(parsed.document, (resolved) => {
    const result = validateDocument(resolved);
    return result.ok ? [] : result.issues;
  });
  if (readingIssues.length > 0) return { ok: false, issues: readingIssues };
  return { ok: true, document: applyReadings(parsed.document), written: parsed.document };
}

/** The schema and the references of one document, as written (no readings applied). */
function validateDocument(data: unknown): { ok: true; document: PolicyDocument } | { ok: false; issues: Array<PolicyIssue & { atKey?: boolean }> } {
  const parsed = policyDocumentSchema.safeParse(data, { error: CHINESE_MESSAGES, reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.flatMap((issue) => fromZodIssue(issue)) };
  }
  const referenceIssues = checkPolicyReferences(parsed.data);
  return referenceIssues.length > 0 ? { ok: false, issues: referenceIssues } : { ok: true, document: parsed.data };
}

/**
 * Like parsePolicyYaml, but throws a PolicyValidationError naming the file, line and column. Returns the effective
 * document; applyReadings(document, choices) resolves it again under other readings.
 */
export function loadPolicyYaml(text: string, fileName?: string): PolicyDocument {
  const result = parsePolicyYaml(text);
  if (!result.ok) throw new PolicyValidationError(result.issues, fileName);
  return result.document;
}

function fromZodIssue(issue: z.core.$ZodIssue, prefix: ReadonlyArray<string | number> = []): Array<PolicyIssue & { atKey?: boolean }> {
  const path = [...prefix, ...issue.path.filter((part): part is string | number => typeof part !== 'symbol')];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the alternative the author meant: the one whose keys all matched, else the one that got furthest.
    const matched = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'unrecognized_keys' && inner.path.length === 0));
    const candidates = matched.length > 0 ? matched : issue.errors;
    const best = candidates.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    return best.flatMap((inner) => fromZodIssue(inner, path));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      atKey: true,
      message: `未知的键“${key}”：请检查拼写，或删除它（允许的键见 policy-document.schema.ts）`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const last = path.at(-1);
    const hint = last === 'cite' ? '每个要素都须注明出处，例如 cite: { article: 11, item: 2, quote: 原文句子 }' : undefined;
    return [{ path, message: `缺少必填项“${String(last ?? '')}”（应为 ${issue.expected}）`, ...(hint ? { hint } : {}) }];
  }
  return [{ path, message: issue.message }];
}

function depth(branch: ReadonlyArray<z.core.$ZodIssue>): number {
  return Math.max(0, ...branch.map((inner) => inner.path.length));
}
