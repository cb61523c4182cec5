import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AuditEntryEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { addUser, bearer, dataSource, storedVersion } from './policies.test-helper';

const MUDAN = '371702-mudan:trial-2023';

/** 牡丹区's trial regulation runs 2023-05-09 to 2025-05-08 (A21): a closed period to publish around. */
describe('publishing: effective periods of one policy never overlap', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-06-01');
    admin = await addUser(t, { username: 'test-md-policy', role: 'policy-admin', jurisdictionCode: '371702' });
  });
  afterAll(() => t.close());

  /**
   * A successor of the trial: a copy whose scenarios no longer claim the trial's own end (2025-05-08), which a
   * successor with other dates does not share (its publication would rightly be refused on them).
   */
  const newDraft = async (): Promise<string> => {
    const copy = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: MUDAN }).expect(201)).body;
    const file = parse(copy.scenarios) as { policy: string; scenarios: Array<{ expect: { findingLevels?: Record<string, string> } }> };
    const scenarios = stringify({ ...file, scenarios: file.scenarios.filter((scenario) => !scenario.expect.findingLevels?.['expired']) });
    await t.http.put(`/api/policy-versions/${copy.id}`).set(bearer(admin)).send({ yaml: copy.yaml, scenarios, lockVersion: 1 }).expect(200);
    return copy.id;
  };
  const publish = (id: string, body: Record<string, unknown>) => t.http.post(`/api/policy-versions/${id}/publish`).set(bearer(admin)).send(body);
  const auditCount = () => dataSource(t).getRepository(AuditEntryEntity).count();

  it('publishes a successor starting after the trial ended without touching it, and says the file’s dates differ', async () => {
    const id = await newDraft();
    const dry = (await publish(id, { effectiveFrom: '2025-05-09', dryRun: true }).expect(200)).body;
    expect(dry).toMatchObject({ published: true, overlaps: [], inFlightProjects: [] });
    expect(dry.warnings).toEqual([expect.stringContaining('文件中写明的施行期间为 2023-05-09 至 2025-05-08')]);
    const result = (await publish(id, { effectiveFrom: '2025-05-09' }).expect(200)).body;
    expect(result.version).toMatchObject({ state: 'published', effectiveFrom: '2025-05-09', effectiveTo: null, inForce: true });
    expect(await storedVersion(t, MUDAN)).toMatchObject({ effectiveFrom: '2023-05-09', effectiveTo: '2025-05-08' });
  });

  it('refuses a version overlapping a closed period and a later one, even with endPrevious, listing both', async () => {
    const id = await newDraft();
    const response = await publish(id, { effectiveFrom: '2025-01-01', endPrevious: true }).expect(409);
    expect(response.body.code).toBe('conflict');
    expect(response.body.details).toHaveLength(2);
    expect(response.body.message).toContain('2023-05-09 至 2025-05-08');
    expect(response.body.message).toContain('2025-05-09 起');
    expect((await storedVersion(t, id))?.state).toBe('draft');
  });

  it('publishes a closed period that fits before the others', async () => {
    const id = await newDraft();
    const result = (await publish(id, { effectiveFrom: '2021-01-01', effectiveTo: '2023-05-08' }).expect(200)).body;
    expect(result.version).toMatchObject({ effectiveFrom: '2021-01-01', effectiveTo: '2023-05-08', inForce: false });
    expect((await storedVersion(t, id))?.content.effective).toMatchObject({ from: '2021-01-01', to: '2023-05-08' });
  });

  it('writes nothing on a dry run, even one that would succeed', async () => {
    const id = await newDraft();
    const before = await auditCount();
    const draft = await storedVersion(t, id);
    await publish(id, { effectiveFrom: '2019-01-01', effectiveTo: '2019-12-31', dryRun: true }).expect(200);
    expect(await auditCount()).toBe(before);
    expect(await storedVersion(t, id)).toEqual(draft);
  });

  it('refuses publishing a draft reviewed at an older lock version', async () => {
    const id = await newDraft();
    const draft = (await t.http.get(`/api/policy-versions/${id}`).set(bearer(admin)).expect(200)).body;
    const reviewed = draft.lockVersion as number;
    await t.http.put(`/api/policy-versions/${id}`).set(bearer(admin)).send({ content: { ...draft.content, versionLabel: '修订稿' }, lockVersion: reviewed }).expect(200);
    const response = await publish(id, { effectiveFrom: '2018-01-01', effectiveTo: '2018-12-31', lockVersion: reviewed }).expect(409);
    expect(response.body.details).toEqual([{ field: 'lockVersion', message: `应为 ${reviewed + 1}`, currentLockVersion: reviewed + 1 }]);
    expect((await storedVersion(t, id))?.state).toBe('draft');
  });

  it('checks the dates: real calendar days, the end not before the start', async () => {
    const id = await newDraft();
    const invalid = await publish(id, { effectiveFrom: '2025-02-30' }).expect(400);
    expect(invalid.body.details).toEqual([{ field: 'effectiveFrom', message: '施行日期（effectiveFrom）应为有效日期，格式 YYYY-MM-DD，例如 2025-10-01' }]);
    const reversed = await publish(id, { effectiveFrom: '2026-01-01', effectiveTo: '2025-12-31' }).expect(400);
    expect(reversed.body.details).toEqual([{ field: 'effectiveTo', message: '截止日期 2025-12-31 应不早于施行日期 2026-01-01' }]);
    await publish(id, {}).expect(400);
    await publish(id, { effectiveFrom: 20260101 }).expect(400);
    await publish(id, { effectiveFrom: '2026-01-01', endPrevious: 'yes' }).expect(400);
    await publish(id, { effectiveFrom: '2026-01-01', force: true }).expect(400);
    expect((await storedVersion(t, id))?.state).toBe('draft');
  });

  it('answers 404 for publishing a version that does not exist', async () => {
    await publish('nothing:v9', { effectiveFrom: '2026-01-01' }).expect(404);
  });
});
