import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyVersionEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { auditActions, bearer, dataSource, LIANPING, storedVersion } from './policies.test-helper';
import { versionColumns } from './policy-version.columns';

/** Published versions are frozen by the service, by the database's own guards, and checked by hash on every read. */
describe('published policy versions are immutable', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    admin = await t.login('lp-policy');
  });
  afterAll(() => t.close());

  it('refuses a PUT on a published version (409) and keeps its content', async () => {
    const published = (await t.http.get(`/api/policy-versions/${LIANPING}`).set(bearer(admin)).expect(200)).body;
    const response = await t.http
      .put(`/api/policy-versions/${LIANPING}`)
      .set(bearer(admin))
      .send({ content: { ...published.content, title: '被改过的标题' }, lockVersion: published.lockVersion })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'conflict', message: expect.stringContaining('基于它新建草稿') });
    const after = await storedVersion(t, LIANPING);
    expect(after?.contentHash).toBe(published.contentHash);
    expect(after?.content.title).toBe(published.content.title);
    expect(await auditActions(t, LIANPING)).toEqual(['policy-version.import']);
  });

  it('refuses DELETE on a published version (409)', async () => {
    await t.http.delete(`/api/policy-versions/${LIANPING}`).set(bearer(admin)).expect(409);
    expect(await storedVersion(t, LIANPING)).not.toBeNull();
  });

  it('has the database refuse an UPDATE of the content of a published row, whatever the code path', async () => {
    const db = dataSource(t);
    await expect(db.query(`UPDATE policy_versions SET content = '{}' WHERE id = '${LIANPING}'`)).rejects.toThrow('published policy version is immutable');
    await expect(db.query(`UPDATE policy_versions SET state = 'draft' WHERE id = '${LIANPING}'`)).rejects.toThrow('published policy version is immutable');
    await expect(
      db.getRepository(PolicyVersionEntity).update({ id: LIANPING }, versionColumns({ contentHash: '0'.repeat(64) })),
    ).rejects.toThrow('published policy version is immutable');
    expect((await storedVersion(t, LIANPING))?.state).toBe('published');
  });

  it('has the database refuse changing a published row’s YAML text or scenario file, and allow it on a draft', async () => {
    const db = dataSource(t);
    const stored = (await storedVersion(t, LIANPING))!;
    expect(stored.sourceYaml).not.toBeNull();
    expect(stored.scenarios).not.toBeNull();
    for (const statement of [
      `UPDATE policy_versions SET source_yaml = 'id: changed' WHERE id = '${LIANPING}'`,
      `UPDATE policy_versions SET source_yaml = NULL WHERE id = '${LIANPING}'`,
      `UPDATE policy_versions SET scenarios = 'policy: x' WHERE id = '${LIANPING}'`,
      `UPDATE policy_versions SET scenarios = NULL WHERE id = '${LIANPING}'`,
    ]) {
      await expect(db.query(statement), statement).rejects.toThrow('published policy version is immutable');
    }
    expect(await storedVersion(t, LIANPING)).toMatchObject({ sourceYaml: stored.sourceYaml, scenarios: stored.scenarios });

    const draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
    await db.query(`UPDATE policy_versions SET scenarios = NULL WHERE id = '${draft.id}'`);
    expect((await storedVersion(t, draft.id))?.scenarios).toBeNull();
    await t.http.delete(`/api/policy-versions/${draft.id}`).set(bearer(admin)).expect(204);
  });

  it('has the database refuse a DELETE of a published row', async () => {
    await expect(dataSource(t).query(`DELETE FROM policy_versions WHERE id = '${LIANPING}'`)).rejects.toThrow('published policy version is immutable');
    await expect(dataSource(t).getRepository(PolicyVersionEntity).delete({ id: LIANPING })).rejects.toThrow('published policy version is immutable');
    expect(await storedVersion(t, LIANPING)).not.toBeNull();
  });

  it('lets the database set a published version’s end date once, and never again', async () => {
    const draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
    await t.http.post(`/api/policy-versions/${draft.id}/publish`).set(bearer(admin)).send({ effectiveFrom: '2030-01-01', endPrevious: true }).expect(200);
    const db = dataSource(t);
    await db.query(`UPDATE policy_versions SET effective_to = '2030-12-31' WHERE id = '${draft.id}'`);
    await expect(db.query(`UPDATE policy_versions SET effective_to = '2031-12-31' WHERE id = '${draft.id}'`)).rejects.toThrow(
      'published policy version is immutable',
    );
    await expect(db.query(`UPDATE policy_versions SET effective_to = NULL WHERE id = '${draft.id}'`)).rejects.toThrow('published policy version is immutable');
    expect((await storedVersion(t, draft.id))?.effectiveTo).toBe('2030-12-31');
  });

  it('catches a row whose content does not match its hash on every read (409), without serving it', async () => {
    const original = (await storedVersion(t, LIANPING))!;
    const tampered = { ...original.content, title: '篡改后的标题' };
    // The guards stop an UPDATE, so a tampered row can only come in whole (a bad restore, a hand-written INSERT).
    await dataSource(t)
      .getRepository(PolicyVersionEntity)
      .insert(versionColumns({ ...original, id: 'tampered:v1', content: tampered, contentHash: original.contentHash, state: 'published' }));
    const response = await t.http.get('/api/policy-versions/tampered:v1').set(bearer(admin)).expect(409);
    expect(response.body.message).toContain('可能被篡改');
    await t.http.get('/api/policy-versions/tampered:v1/export').set(bearer(admin)).expect(409);
    await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: 'tampered:v1' }).expect(409);
  });
});
