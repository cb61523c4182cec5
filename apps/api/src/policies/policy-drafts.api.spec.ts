import type { PolicyDocument } from '@banfa/policy-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { PoliciesService } from './policies.service';
import { auditActions, bearer, LIANPING, lianpingProject, storedVersion } from './policies.test-helper';

describe('a draft of the 连平县 policy, from copy to publication', () => {
  let t: TestApp;
  let admin: string;
  let department: string;
  let draftId: string;
  let projectId: string;
  let projectReport: unknown;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    admin = await t.login('lp-policy');
    department = await t.login('lp-dept');
  });
  afterAll(() => t.close());

  const get = (id: string, token = admin) => t.http.get(`/api/policy-versions/${encodeURIComponent(id)}`).set(bearer(token));
  const put = (id: string, content: unknown, lockVersion: number) =>
    t.http.put(`/api/policy-versions/${encodeURIComponent(id)}`).set(bearer(admin)).send({ content, lockVersion });
  const publish = (id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/policy-versions/${encodeURIComponent(id)}/publish`).set(bearer(admin)).send(body);

  it('copies the published version into a new draft of the same policy, recorded in the audit log', async () => {
    const base = (await get(LIANPING).expect(200)).body;
    const draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
    expect(draft).toMatchObject({
      id: 'lianping-county-it-projects:v2',
      policyId: 'lianping-county-it-projects',
      state: 'draft',
      basedOnId: LIANPING,
      lockVersion: 1,
      contentHash: base.contentHash,
      effectiveFrom: null,
      inForce: false,
    });
    expect(draft.content).toEqual(base.content);
    draftId = draft.id;
    expect(await auditActions(t, draftId)).toEqual(['policy-version.create']);
  });

  it('saves an edit and moves the lock version on', async () => {
    const draft = (await get(draftId).expect(200)).body;
    const content: PolicyDocument = { ...draft.content, versionLabel: '征求意见稿（第三稿）' };
    const saved = (await put(draftId, content, 1).expect(200)).body;
    expect(saved).toMatchObject({ lockVersion: 2, label: '征求意见稿（第三稿）', state: 'draft' });
    expect(saved.contentHash).not.toBe(draft.contentHash);
  });

  it('refuses invalid content with the field path, the message and a hint, and changes nothing', async () => {
    const before = (await get(draftId).expect(200)).body;
    const content = structuredClone(before.content) as PolicyDocument;
    content.stages[0]!.steps[0]!.body = 'no-such-bureau';
    content.tracks[0]!.when = { cel: 'totalInvestment > "fifty"' };
    const response = await put(draftId, content, before.lockVersion).expect(422);
    expect(response.body.code).toBe('policy-invalid');
    expect(response.body.message).toContain('未保存任何内容');
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'content.stages[0].steps[0].body', message: expect.stringContaining('未定义的审查机构“no-such-bureau”') }),
        expect.objectContaining({ field: 'content.tracks[0].when.cel', hint: expect.stringContaining('金额类事实') }),
      ]),
    );
    const after = (await get(draftId).expect(200)).body;
    expect(after).toMatchObject({ lockVersion: before.lockVersion, contentHash: before.contentHash });
  });

  it('refuses moving a draft to another policy or jurisdiction', async () => {
    const before = (await get(draftId).expect(200)).body;
    const moved = { ...before.content, id: 'someone-elses-policy', jurisdiction: { ...before.content.jurisdiction, code: '210882' } };
    const response = await put(draftId, moved, before.lockVersion).expect(422);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(['content.id', 'content.jurisdiction.code']);
  });

  it('keeps the first of two saves made from the same lock version and refuses the second (409)', async () => {
    const loaded = (await get(draftId).expect(200)).body;
    const first = { ...loaded.content, versionLabel: '第一位管理员的修改' };
    const second = { ...loaded.content, versionLabel: '第二位管理员的修改' };
    await put(draftId, first, loaded.lockVersion).expect(200);
    const refused = await put(draftId, second, loaded.lockVersion).expect(409);
    expect(refused.body.message).toContain('已被他人修改');
    expect(refused.body.details).toEqual([
      { field: 'lockVersion', message: `应为 ${loaded.lockVersion + 1}`, currentLockVersion: loaded.lockVersion + 1 },
    ]);
    const stored = (await get(draftId).expect(200)).body;
    expect(stored).toMatchObject({ label: '第一位管理员的修改', lockVersion: loaded.lockVersion + 1 });
    expect(await auditActions(t, draftId)).toEqual(['policy-version.create', 'policy-version.update', 'policy-version.update']);
  });

  it('lets exactly one of several simultaneous saves from one lock version through', async () => {
    const loaded = (await get(draftId).expect(200)).body;
    const labels = ['甲', '乙', '丙', '丁'];
    const responses = await Promise.all(labels.map((label) => put(draftId, { ...loaded.content, versionLabel: `${label}的修改` }, loaded.lockVersion)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = responses.find((response) => response.status === 200)!.body;
    expect((await get(draftId).expect(200)).body).toMatchObject({ label: winner.label, lockVersion: loaded.lockVersion + 1 });
    // Back to the label the later steps expect.
    await put(draftId, { ...loaded.content, versionLabel: '第一位管理员的修改' }, loaded.lockVersion + 1).expect(200);
  });

  it('lists a submitted project in the dry run, and the overlap it would refuse without endPrevious', async () => {
    const project = (await t.http.post('/api/projects').set(bearer(department)).send(lianpingProject(LIANPING, '30')).expect(201)).body;
    projectId = project.id;
    projectReport = project.report;
    expect(project.policy.versionId).toBe(LIANPING);

    const plan = (await publish(draftId, { effectiveFrom: '2025-10-01', dryRun: true }).expect(200)).body;
    expect(plan).toMatchObject({ dryRun: true, published: false, effectiveFrom: '2025-10-01', effectiveTo: null });
    expect(plan.overlaps).toEqual([
      expect.objectContaining({ versionId: LIANPING, resolution: 'conflict', effectiveFrom: null, effectiveTo: null, message: expect.stringContaining('endPrevious') }),
    ]);
    expect(plan.inFlightProjects).toContainEqual({
      id: projectId,
      name: '智慧校园平台（30万元）',
      state: 'submitted',
      submittedOn: '2025-09-30',
      policyVersionId: LIANPING,
      versionLabel: expect.any(String),
    });
    expect(plan.warnings).toContainEqual(expect.stringContaining('征求意见稿'));
    expect((await get(draftId).expect(200)).body.state).toBe('draft');
  });

  it('refuses to publish over the version in force (409, naming it and its dates) and changes nothing', async () => {
    const response = await publish(draftId, { effectiveFrom: '2025-10-01' }).expect(409);
    expect(response.body.message).toContain(LIANPING);
    expect(response.body.message).toContain('2025-09-30');
    expect((await get(draftId).expect(200)).body.state).toBe('draft');
    expect((await storedVersion(t, LIANPING))?.effectiveTo).toBeNull();
  });

  it('publishes with endPrevious: the old version ends the day before, the project stays on it unchanged', async () => {
    const dry = (await publish(draftId, { effectiveFrom: '2025-10-01', endPrevious: true, dryRun: true }).expect(200)).body;
    expect(dry).toMatchObject({ dryRun: true, published: true });
    expect(dry.overlaps).toEqual([expect.objectContaining({ versionId: LIANPING, resolution: 'end-previous', newEffectiveTo: '2025-09-30' })]);
    expect((await storedVersion(t, LIANPING))?.effectiveTo).toBeNull();

    const result = (await publish(draftId, { effectiveFrom: '2025-10-01', endPrevious: true }).expect(200)).body;
    expect(result).toMatchObject({ dryRun: false, published: true, contentHash: dry.contentHash });
    expect(result.version).toMatchObject({ id: draftId, state: 'published', effectiveFrom: '2025-10-01', effectiveTo: null });
    expect(result.inFlightProjects.map((project: { id: string }) => project.id)).toContain(projectId);

    const published = (await get(draftId).expect(200)).body;
    expect(published).toMatchObject({ state: 'published', contentHash: dry.contentHash, publishedAt: expect.any(String) });
    // The dates are part of the frozen content (decided before the hash was fixed).
    expect(published.content.effective).toMatchObject({ from: '2025-10-01' });
    expect(published.content.effective.to).toBeUndefined();
    expect((await get(LIANPING).expect(200)).body).toMatchObject({ effectiveTo: '2025-09-30', state: 'published' });

    const project = (await t.http.get(`/api/projects/${projectId}`).set(bearer(department)).expect(200)).body;
    expect(project.policy.versionId).toBe(LIANPING);
    expect(project.report).toEqual(projectReport);
    expect(await auditActions(t, draftId)).toEqual([
      'policy-version.create',
      ...Array(4).fill('policy-version.update'),
      'policy-version.publish',
    ]);
    expect((await auditActions(t, LIANPING)).at(-1)).toBe('policy-version.end');
  });

  it('refuses to publish or edit the published version again', async () => {
    await publish(draftId, { effectiveFrom: '2026-01-01' }).expect(409);
    const published = (await get(draftId).expect(200)).body;
    const response = await put(draftId, { ...published.content, versionLabel: '偷偷修改' }, published.lockVersion).expect(409);
    expect(response.body.message).toContain('已发布');
    expect((await get(draftId).expect(200)).body.contentHash).toBe(published.contentHash);
  });

  it('serves the version in force on each day to new submissions', async () => {
    expect((await t.http.get('/api/jurisdictions/441623/policy').set(bearer(department)).expect(200)).body.versionId).toBe(LIANPING);
    t.setToday('2025-10-01');
    expect((await t.http.get('/api/jurisdictions/441623/policy').set(bearer(department)).expect(200)).body.versionId).toBe(draftId);
    const list = (await t.http.get('/api/policies').set(bearer(department)).expect(200)).body;
    const lianping = list.find((policy: { id: string }) => policy.id === 'lianping-county-it-projects');
    expect(lianping.versions.map((version: { id: string; inForce: boolean }) => [version.id, version.inForce])).toEqual([
      [draftId, true],
      [LIANPING, false],
    ]);
    t.setToday('2025-09-30');
  });

  it('evaluates the old version with its platform end date, one document object per version and window', async () => {
    const policies = t.app.get(PoliciesService);
    const first = policies.effectiveDocument(await policies.version(LIANPING));
    const again = policies.effectiveDocument(await policies.version(LIANPING));
    expect(first.effective.to).toBe('2025-09-30');
    expect(again).toBe(first);
    const current = await policies.version(draftId);
    expect(policies.effectiveDocument(current).effective).toEqual(current.content.effective);
  });

  it('compares the published version with its predecessor', async () => {
    const diff = (await t.http.get(`/api/policy-versions/${draftId}/diff`).query({ against: LIANPING }).set(bearer(department)).expect(200)).body;
    expect(diff).toMatchObject({ beforeVersionId: LIANPING, afterVersionId: draftId, identical: false });
    expect(diff.changes).toContainEqual(expect.objectContaining({ path: 'versionLabel', change: 'changed', after: '第一位管理员的修改' }));
    expect(diff.changes).toContainEqual(expect.objectContaining({ path: 'effective.from', change: 'added', after: '2025-10-01', sentence: '新增施行日期：2025-10-01' }));
    await t.http.get(`/api/policy-versions/${draftId}/diff`).set(bearer(department)).expect(400);
  });

  it('deletes a draft but never a published version, and never reuses a deleted draft’s id', async () => {
    const draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: draftId }).expect(201)).body;
    expect(draft.id).toBe('lianping-county-it-projects:v3');
    await t.http.delete(`/api/policy-versions/${draft.id}`).set(bearer(admin)).expect(204);
    await get(draft.id).expect(404);
    expect(await auditActions(t, draft.id)).toEqual(['policy-version.create', 'policy-version.delete']);
    const next = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: draftId }).expect(201)).body;
    expect(next.id).toBe('lianping-county-it-projects:v4');
    const refused = await t.http.delete(`/api/policy-versions/${draftId}`).set(bearer(admin)).expect(409);
    expect(refused.body.message).toContain('已发布');
    await get(draftId).expect(200);
  });
});
