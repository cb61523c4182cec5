import type { SavePolicyDraftRequest } from '@banfa/api-contract';
import { YamlLocator, type PolicyDocument, type PolicyIssue } from '@banfa/policy-model';
import type { PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { invalidDetails, issueDetails, parsePolicyText, validatePolicyContent, type PolicyIssueDetail } from './policy-content.validation';
import { checkScenarioText } from './policy-scenarios.validation';
import { sourceYamlFor } from './policy-source.yaml';

/** What a save stores: the document, its text, and (when the request names them) the scenarios. */
export interface DraftInput {
  document: PolicyDocument;
  sourceYaml: string;
  /** Absent: the stored scenarios stay as they are. */
  scenarios?: string | null;
}

/**
 * Reads a save request against the draft it replaces: exactly one of `yaml` (stored as written) and `content`
 * (the stored text rewritten to match, keeping what did not change), and optionally the scenario file. Every
 * problem of the document and of the scenario file is reported together, each with its field path and, for text,
 * its line and column (422); nothing is stored.
 */
export function draftInput(draft: PolicyVersionEntity, body: SavePolicyDraftRequest): DraftInput {
  const { yaml, content } = body;
  if ((yaml === undefined || yaml === null) === (content === undefined || content === null)) {
    const both = yaml !== undefined && yaml !== null;
    throw new AppError('validation-failed', both ? '请只提供 yaml 或 content 之一' : '请提供政策内容：yaml（YAML 文本）或 content（数据）', [
      { field: both ? 'content' : 'yaml', message: both ? '已提供 yaml 时不要再提供 content（两者都是完整的政策内容）' : '应提供 yaml 或 content 之一' },
    ]);
  }
  const fromText = typeof yaml === 'string';
  const prefix = fromText ? 'yaml' : 'content';
  const parsed = fromText ? parsePolicyText(yaml) : validatePolicyContent(content);
  const details: PolicyIssueDetail[] = parsed.ok
    ? issueDetails(samePolicyIssues(draft, parsed.written, fromText ? new YamlLocator(yaml) : undefined), { prefix })
    : issueDetails(parsed.issues, { prefix });
  const scenarios = body.scenarios === undefined ? undefined : normalScenarios(body.scenarios);
  if (typeof scenarios === 'string') {
    const checked = checkScenarioText(scenarios);
    if (!checked.ok) details.push(...checked.issues);
  }
  if (!parsed.ok || details.length > 0) throw invalidDetails(details, fromText ? '政策文件' : '政策内容');
  const document = parsed.written;
  const sourceYaml = fromText ? yaml : sourceYamlFor({ text: draft.sourceYaml, content: draft.content }, document);
  return { document, sourceYaml, ...(scenarios !== undefined ? { scenarios } : {}) };
}

/** Blank text is no scenario file (the studio sends '' for a version without one). */
export function normalScenarios(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

/** A draft stays a version of its policy: changing the id or jurisdiction would move it out of the author's reach. */
function samePolicyIssues(draft: PolicyVersionEntity, document: PolicyDocument, locator?: YamlLocator): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const at = (path: string[]) => locator?.locate(path) ?? {};
  if (document.id !== draft.policyId) {
    issues.push({
      path: ['id'],
      message: `草稿属于政策“${draft.policyId}”，不能改为“${document.id}”`,
      hint: `请保持 id: ${draft.policyId}；要建立新政策，请导入新的政策文件`,
      ...at(['id']),
    });
  }
  if (document.jurisdiction.code !== draft.jurisdictionCode) {
    issues.push({
      path: ['jurisdiction', 'code'],
      message: `草稿属于行政区划 ${draft.jurisdictionCode}，不能改为 ${document.jurisdiction.code}`,
      hint: `请保持 jurisdiction.code: "${draft.jurisdictionCode}"`,
      ...at(['jurisdiction', 'code']),
    });
  }
  return issues;
}
