import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { canonicalJson, loadPolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock } from '../calendar/clock';
import { PolicyEntity, PolicyVersionEntity } from '../database/entities';

export function contentHash(document: PolicyDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** Imports policy documents from the YAML files of policies/ (the seed on first start uses it). */
@Injectable()
export class PolicyImportService {
  private readonly logger = new Logger(PolicyImportService.name);

  constructor(
    @InjectRepository(PolicyEntity) private readonly policies: Repository<PolicyEntity>,
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    private readonly clock: Clock,
  ) {}

  /**
   * Imports one version; idempotent by version id. A version already stored is never changed: when the file
   * differs from it, the stored version is kept and the difference is reported.
   */
  async importYaml(text: string, fileName: string, versionId: string): Promise<'created' | 'unchanged' | 'differs'> {
    const document = loadPolicyYaml(text, fileName);
    const hash = contentHash(document);
    const existing = await this.versions.findOneBy({ id: versionId });
    if (existing) {
      if (existing.contentHash === hash) return 'unchanged';
      this.logger.warn(`${fileName} differs from the stored version ${versionId}; the stored version is kept unchanged`);
      return 'differs';
    }
    await this.versions.manager.transaction(async (manager) => {
      if (!(await manager.findOneBy(PolicyEntity, { id: document.id }))) {
        await manager.insert(PolicyEntity, { id: document.id, jurisdictionCode: document.jurisdiction.code, title: document.title });
      }
      await manager.save(PolicyVersionEntity, {
        id: versionId,
        policyId: document.id,
        jurisdictionCode: document.jurisdiction.code,
        provinceCode: `${document.jurisdiction.code.slice(0, 2)}0000`,
        state: 'published',
        publishedAt: this.clock.now().toISOString(),
        versionLabel: document.versionLabel,
        status: document.status,
        effectiveFrom: document.effective.from ?? null,
        effectiveTo: document.effective.to ?? null,
        content: document,
        contentHash: hash,
        sourceFile: fileName,
        createdAt: this.clock.now().toISOString(),
      });
    });
    return 'created';
  }
}
