import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@banfa/permissions';
import { PolicyValidationError } from '@banfa/policy-model';
import { Repository } from 'typeorm';
import { PolicyVersionEntity } from '../database/entities';
import { contentHash } from './policy-content.hash';
import { invalidDetails, issueDetails, parsePolicyText } from './policy-content.validation';
import { normalScenarios } from './policy-draft.input';
import { checkScenarioText } from './policy-scenarios.validation';
import { assertCanOnVersion, provinceOf } from './policy-version.access';
import { PolicyVersionWriter } from './policy-version.writer';

export { contentHash } from './policy-content.hash';

/**
 * Imports policy documents from the YAML text of policies/ files: the seed on start (published versions with
 * fixed ids) and policy admins (drafts). Both parse with the same validation and store through the same writer.
 */
@Injectable()
export class PolicyImportService {
  private readonly logger = new Logger(PolicyImportService.name);

  constructor(
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    private readonly writer: PolicyVersionWriter,
  ) {}

  /**
   * The seed: imports one version as published, with its text as written and its scenario file; idempotent by
   * version id. A version already stored is never changed: when the file differs from it, the stored version is
   * kept and the difference is reported. An invalid file stops the start with every issue as file:line:col.
   */
  async importYaml(
    text: string,
    fileName: string,
    versionId: string,
    scenarios?: { text: string; fileName: string },
  ): Promise<'created' | 'unchanged' | 'differs'> {
    const result = parsePolicyText(text);
    if (!result.ok) throw new PolicyValidationError(result.issues, fileName);
    if (scenarios) {
      const checked = checkScenarioText(scenarios.text);
      if (!checked.ok) throw new Error(`${scenarios.fileName} 格式有误：\n${checked.issues.map((issue) => `  ${issue.message} [${issue.field}]`).join('\n')}`);
    }
    const document = result.document;
    const existing = await this.versions.findOneBy({ id: versionId });
    if (existing) {
      if (existing.contentHash === contentHash(document)) return 'unchanged';
      this.logger.warn(`${fileName} differs from the stored version ${versionId}; the stored version is kept unchanged`);
      return 'differs';
    }
    await this.writer.create({
      document,
      id: versionId,
      state: 'published',
      sourceFile: fileName,
      sourceYaml: text,
      scenarios: scenarios?.text ?? null,
      actorId: null,
      action: 'policy-version.import',
      detail: { sourceFile: fileName, seed: true },
    });
    return 'created';
  }

  /** A policy admin imports the YAML text of a policies/ file (and optionally its scenario file) as a new draft. */
  async importDraft(actor: Actor, text: string, fileName?: string, scenarioText?: string): Promise<PolicyVersionEntity> {
    const parsed = parsePolicyText(text);
    const scenarios = scenarioText === undefined ? null : normalScenarios(scenarioText);
    const checked = scenarios === null ? null : checkScenarioText(scenarios);
    const details = [...(parsed.ok ? [] : issueDetails(parsed.issues, { fileName: fileName ?? '导入的文件' })), ...(checked?.ok === false ? checked.issues : [])];
    if (!parsed.ok || details.length > 0) throw invalidDetails(details, fileName ? `政策文件 ${fileName} ` : '导入的文件');
    const document = parsed.written;
    const code = document.jurisdiction.code;
    assertCanOnVersion(actor, 'create', { jurisdictionCode: code, provinceCode: provinceOf(code), state: 'draft' }, `导入行政区划 ${code} 的政策`);
    return this.writer.create({
      document,
      state: 'draft',
      sourceFile: fileName ?? null,
      sourceYaml: text,
      scenarios,
      actorId: actor.id,
      action: 'policy-version.import',
      detail: { sourceFile: fileName ?? null },
    });
  }
}
