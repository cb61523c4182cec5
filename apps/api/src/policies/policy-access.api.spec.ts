import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { addUser, bearer, DASHIQIAO, LIANPING, storedVersion } from './policies.test-helper';

interface ListedPolicy {
  id: string;
  jurisdiction: { code: string; name: string };
  versions: Array<{ id: string; state: string }>;
}

/** Who may see and change which versions: libs/permissions, checked per row and in the list's query. */
describe('access to policy versions', () => {
  let t: TestApp;
  let lianpingAdmin: string;
  let dashiqiaoAdmin: string;
  let department: string;
  let observer: string;
  let platformAdmin: string;
  let lianpingDraft: string;

  beforeAll(async () => {
    t = await startTestApp();
    lianpingAdmin = await t.login('lp-policy');
    department = await t.login('lp-dept');
    observer = await t.login('gd-observer');
    platformAdmin = await t.login('admin');
    dashiqiaoAdmin = await addUser(t, { username: 'test-dsq-policy', role: 'policy-admin', jurisdictionCode: '210882' });
    lianpingDraft = (await t.http.post('/api/policy-versions').set(bearer(lianpingAdmin)).send({ basedOn: LIANPING }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const list = async (token: string): Promise<ListedPolicy[]> => (await t.http.get('/api/policies').set(bearer(token)).expect(200)).body;
  const versionIds = (policies: ListedPolicy[]) => policies.flatMap((policy) => policy.versions.map((version) => version.id));

  it('lists the five published regulations to a department, and no draft', async () => {
    const policies = await list(department);
    expect(policies.map((policy) => policy.jurisdiction.code)).toEqual(['141023', '210882', '360000', '371702', '441623']);
    expect(policies.find((policy) => policy.jurisdiction.code === '441623')?.jurisdiction.name).toBe('连平县');
    expect(versionIds(policies)).not.toContain(lianpingDraft);
    expect(policies.flatMap((policy) => policy.versions).every((version) => version.state === 'published')).toBe(true);
  });

  it('shows a draft to its jurisdiction’s policy admin, the province’s observer and the platform admin only', async () => {
    expect(versionIds(await list(lianpingAdmin))).toContain(lianpingDraft);
    expect(versionIds(await list(observer))).toContain(lianpingDraft);
    expect(versionIds(await list(platformAdmin))).toContain(lianpingDraft);
    expect(versionIds(await list(dashiqiaoAdmin))).not.toContain(lianpingDraft);
  });

  it('answers 404 for a draft the user may not read, as for one that does not exist', async () => {
    for (const token of [department, dashiqiaoAdmin]) {
      const response = await t.http.get(`/api/policy-versions/${lianpingDraft}`).set(bearer(token)).expect(404);
      expect(response.body.message).toBe((await t.http.get('/api/policy-versions/nothing:v1').set(bearer(token)).expect(404)).body.message.replace('nothing:v1', lianpingDraft));
      await t.http.get(`/api/policy-versions/${lianpingDraft}/export`).set(bearer(token)).expect(404);
      await t.http.post('/api/policy-versions').set(bearer(dashiqiaoAdmin)).send({ basedOn: lianpingDraft }).expect(404);
    }
    await t.http.get(`/api/policy-versions/${lianpingDraft}`).set(bearer(observer)).expect(200);
  });

  it('lets another jurisdiction’s policy admin read a published version but not draft from, edit, publish or delete it (403)', async () => {
    const published = (await t.http.get(`/api/policy-versions/${LIANPING}`).set(bearer(dashiqiaoAdmin)).expect(200)).body;
    const copy = await t.http.post('/api/policy-versions').set(bearer(dashiqiaoAdmin)).send({ basedOn: LIANPING }).expect(403);
    expect(copy.body.message).toContain('441623');
    await t.http.put(`/api/policy-versions/${LIANPING}`).set(bearer(dashiqiaoAdmin)).send({ content: published.content, lockVersion: 1 }).expect(403);
    await t.http.post(`/api/policy-versions/${LIANPING}/publish`).set(bearer(dashiqiaoAdmin)).send({ effectiveFrom: '2026-01-01' }).expect(403);
    await t.http.delete(`/api/policy-versions/${LIANPING}`).set(bearer(dashiqiaoAdmin)).expect(403);
    expect(await storedVersion(t, LIANPING)).toMatchObject({ state: 'published', effectiveTo: null });
  });

  it('lets a policy admin author their own jurisdiction’s policy', async () => {
    const draft = (await t.http.post('/api/policy-versions').set(bearer(dashiqiaoAdmin)).send({ basedOn: DASHIQIAO }).expect(201)).body;
    expect(draft).toMatchObject({ policyId: 'dashiqiao-it-projects', jurisdictionCode: '210882', state: 'draft' });
    await t.http.delete(`/api/policy-versions/${draft.id}`).set(bearer(dashiqiaoAdmin)).expect(204);
  });

  it('refuses every write to departments, reviewers and observers at the endpoint (403)', async () => {
    const reviewer = await t.login('lp-data');
    for (const token of [department, reviewer, observer]) {
      await t.http.post('/api/policy-versions').set(bearer(token)).send({ basedOn: LIANPING }).expect(403);
      await t.http.post('/api/policy-versions/import').set(bearer(token)).send({ yaml: 'id: x' }).expect(403);
      await t.http.post(`/api/policy-versions/${lianpingDraft}/publish`).set(bearer(token)).send({ effectiveFrom: '2026-01-01' }).expect(403);
      await t.http.delete(`/api/policy-versions/${lianpingDraft}`).set(bearer(token)).expect(403);
    }
    expect((await storedVersion(t, lianpingDraft))?.state).toBe('draft');
  });

  it('refuses anonymous requests (401)', async () => {
    await t.http.get('/api/policies').expect(401);
    await t.http.get(`/api/policy-versions/${LIANPING}`).expect(401);
  });
});
