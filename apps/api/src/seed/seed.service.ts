import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JurisdictionEntity, OrganisationEntity, UserEntity } from '../database/entities';
import { PolicyImportService } from '../policies/policy-import.service';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts.seed';
import { SEED_JURISDICTIONS } from './jurisdictions.seed';

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
    for (const jurisdiction of SEED_JURISDICTIONS) {
      if (!(await this.jurisdictions.existsBy({ code: jurisdiction.code }))) await this.jurisdictions.insert(jurisdiction);
    }
    if (this.config.seedDemo) {
      for (const organisation of DEMO_ORGANISATIONS) {
        if (!(await this.organisations.existsBy({ id: organisation.id }))) await this.organisations.insert(organisation);
      }
      for (const account of DEMO_ACCOUNTS) {
        if (await this.users.existsBy({ id: account.id })) continue;
        await this.users.insert({ ...account, passwordHash: await hash(DEMO_PASSWORD) });
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
