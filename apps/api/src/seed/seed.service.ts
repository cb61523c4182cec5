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

/**
 * Seeds on start, idempotently (fixed ids): jurisdictions, demo organisations and accounts, the policies (each with
 * its text as written and its scenario file).
 */
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
    if (this.config.seedDemo) await this.seedDemo();
    const policies: SeedSummary['policies'] = {};
    for (const file of policyFiles(this.config.policiesDir)) {
      const name = relative(this.config.policiesDir, file);
      const versionId = `${basename(join(file, '..'))}:${basename(file, '.policy.yaml')}`;
      // The scenario tests beside the document (same version name) go with it.
      const scenarioFile = file.replace(/\.policy\.yaml$/, '.scenarios.yaml');
      const scenarios = existsSync(scenarioFile)
        ? { text: readFileSync(scenarioFile, 'utf8'), fileName: relative(this.config.policiesDir, scenarioFile) }
        : undefined;
      policies[name] = await this.policyImport.importYaml(readFileSync(file, 'utf8'), name, versionId, scenarios);
    }
    this.logger.log({ policies }, 'seed complete');
    return { policies, demoAccounts: this.config.seedDemo };
  }

  /**
   * Demo organisations and accounts (SEED_DEMO): only those not there yet (by id, and by username for accounts),
   * so a changed demo account is left as it is. One argon2 hash of the shared demo password serves every demo account: hashing sixty accounts one by
   * one would add seconds to every start.
   */
  private async seedDemo(): Promise<void> {
    const demo = loadDemo(this.config.demoSeedFile);
    const organisationIds = new Set((await this.organisations.find({ select: { id: true } })).map((organisation) => organisation.id));
    const newOrganisations = demo.organisations.filter((organisation) => !organisationIds.has(organisation.id));
    if (newOrganisations.length > 0) {
      await this.organisations.insert(
        newOrganisations.map(({ id, jurisdiction, name, kind, bodyKey }) => ({ id, jurisdictionCode: jurisdiction, name, kind, bodyKey: bodyKey ?? null })),
      );
    }
    const users = await this.users.find({ select: { id: true, username: true } });
    const taken = new Set(users.flatMap((user) => [`id:${user.id}`, `username:${user.username}`]));
    const newAccounts = demo.accounts.filter((account) => !taken.has(`id:${account.id}`) && !taken.has(`username:${account.username}`));
    if (newAccounts.length === 0) return;
    const passwordHash = await hash(demo.password);
    await this.users.insert(
      newAccounts.map((account) => ({
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        jurisdictionCode: account.jurisdiction,
        organisationId: account.organisation ?? null,
        passwordHash,
      })),
    );
  }
}

function policyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.policy.yaml'))
    .sort()
    .map((file) => join(dir, file));
}
