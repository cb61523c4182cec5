import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JurisdictionEntity, OrganisationEntity, UserEntity } from '../database/entities';
import { PolicyImportService } from '../policies/policy-import.service';
import { loadDemo, loadJurisdictions } from './seed-data';

export interface SeedSummary {
  policies: Record<string, 'created' | 'unchanged' | 'differs'>;
  demoAccounts: boolean;
}

/** Seeds on start, idempotently (fixed ids): jurisdictions, demo organisations and accounts, the policies. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly policyImport: PolicyImportService,
  ) {}

  async seed(): Promise<SeedSummary> {
    const tree = join(this.config.policiesDir, 'jurisdictions.yaml');
    for (const jurisdiction of existsSync(tree) ? loadJurisdictions(tree) : []) {
      if (await this.jurisdictions.existsBy({ code: jurisdiction.code })) continue;
      const { code, name, level, parent } = jurisdiction;
      await this.jurisdictions.insert({ code, name, level, parentCode: parent ?? null });
    }
    if (this.config.seedDemo) {
      const demo = loadDemo(this.config.demoSeedFile);
      for (const { id, jurisdiction, name, kind, bodyKey } of demo.organisations) {
        if (await this.organisations.existsBy({ id })) continue;
        await this.organisations.insert({ id, jurisdictionCode: jurisdiction, name, kind, bodyKey: bodyKey ?? null });
      }
      for (const account of demo.accounts) {
        if (await this.users.existsBy({ id: account.id })) continue;
        await this.users.insert({
          id: account.id,
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          jurisdictionCode: account.jurisdiction,
          organisationId: account.organisation ?? null,
          passwordHash: await hash(demo.password),
        });
      }
    }
    const policies: SeedSummary['policies'] = {};
    for (const file of policyFiles(this.config.policiesDir)) {
      const name = relative(this.config.policiesDir, file);
      const versionId = `${basename(join(file, '..'))}:${basename(file, '.policy.yaml')}`;
      policies[name] = await this.policyImport.importYaml(readFileSync(file, 'utf8'), name, versionId);
    }
    this.logger.log({ policies }, 'seed complete');
    return { policies, demoAccounts: this.config.seedDemo };
  }
}

function policyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.policy.yaml'))
    .sort()
    .map((file) => join(dir, file));
}
