import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@banfa/permissions';
import { PolicyValidationError } from '@banfa/policy-model';
import { Repository } from 'typeorm';
import { PolicyVersionEntity } from '../database/entities';
import { contentHash } from './policy-content.hash';
import { parsePolicyText, validDocument } from './policy-content.validation';
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
   * The seed: imports one version as published; idempotent by version id. A version already stored is never
   * changed: when the file differs from it, the stored version is kept and the difference is reported.
   * An invalid file stops the start with every issue as file:line:col.
   */
  async importYaml(text: string, fileName: string, versionId: string): Promise<'created' | 'unchanged' | 'differs'> {
    const result = parsePolicyText(text);
    if (!result.ok) throw new PolicyValidationError(result.issues, fileName);
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
      actorId: null,
      action: 'policy-version.import',
      detail: { sourceFile: fileName, seed: true },
    });
    return 'created';
  }

  /** A policy admin imports the YAML text of a policies/ file as a new draft of its policy. */
  async importDraft(actor: Actor, text: string, fileName?: string): Promise<PolicyVersionEntity> {
    const document = validDocument(parsePolicyText(text), { fileName: fileName ?? '导入的文件' });
    const code = document.jurisdiction.code;
    assertCanOnVersion(actor, 'create', { jurisdictionCode: code, provinceCode: provinceOf(code), state: 'draft' }, `导入行政区划 ${code} 的政策`);
    return this.writer.create({
      document,
      state: 'draft',
      sourceFile: fileName ?? null,
      actorId: actor.id,
      action: 'policy-version.import',
      detail: { sourceFile: fileName ?? null },
    });
  }
}
