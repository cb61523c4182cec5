import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity, PolicyVersionEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { dataSource } from '../policies/policies.test-helper';
import { SeedService } from './seed.service';

const POLICIES = join(resolve(__dirname, '../../../..'), 'policies');
const files = readdirSync(POLICIES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.policy.yaml')).sort();

describe('seeding the policies with their texts and scenario tests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const stored = async () => dataSource(t).getRepository(PolicyVersionEntity).find({ order: { id: 'ASC' } });

  it.each(files)('stores %s as written, with the scenario file of the same version beside it', async (file) => {
    const id = `${file.split('/')[0]}:${file.split('/')[1]!.replace('.policy.yaml', '')}`;
    const version = (await stored()).find((candidate) => candidate.id === id);
    expect(version?.sourceYaml).toBe(readFileSync(join(POLICIES, file), 'utf8'));
    expect(version?.scenarios).toBe(readFileSync(join(POLICIES, file.replace('.policy.yaml', '.scenarios.yaml')), 'utf8'));
  });

  it('changes nothing when it runs again', async () => {
    const before = await stored();
    const audit = await dataSource(t).getRepository(AuditEntryEntity).count();
    await t.app.get(SeedService).seed();
    expect(await stored()).toEqual(before);
    expect(await dataSource(t).getRepository(AuditEntryEntity).count()).toBe(audit);
  });
});
