import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { bearer, LIANPING, storedVersion } from './policies.test-helper';

/** However malformed, a request is answered with a 4xx and a Chinese message, never a 500, and changes nothing. */
describe('malformed requests to policy versions', () => {
  let t: TestApp;
  let admin: string;
  let draft: { id: string; lockVersion: number; contentHash: string; content: Record<string, unknown> };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('lp-policy');
    draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
  });
  afterAll(() => t.close());

  it('answers 404 for ids no version can have (control characters, too long), on both databases', async () => {
    for (const id of ['%00', 'a%00b', 'x'.repeat(65), '%E4%B8%8D%E5%AD%98%E5%9C%A8']) {
      await t.http.get(`/api/policy-versions/${id}`).set(bearer(admin)).expect(404);
      await t.http.get(`/api/policy-versions/${id}/export`).set(bearer(admin)).expect(404);
      await t.http.post(`/api/policy-versions/${id}/publish`).set(bearer(admin)).send({ effectiveFrom: '2026-01-01' }).expect(404);
    }
    for (const code of ['%00', '44162', 'abcdef']) await t.http.get(`/api/jurisdictions/${code}/policy`).set(bearer(admin)).expect(404);
    await t.http.get(`/api/policy-versions/${draft.id}/diff`).query({ against: 'a\u0000b' }).set(bearer(admin)).expect(400);
    await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: 'a\u0000b' }).expect(400);
    await t.http.post('/api/policy-versions/import').set(bearer(admin)).send({ yaml: 'x: 1', fileName: 'a\u0000b' }).expect(400);
  });

  it('refuses a save whose body is not a document and a lock version', async () => {
    const put = (body: unknown) => t.http.put(`/api/policy-versions/${draft.id}`).set(bearer(admin)).send(body as object);
    await put({ content: [], lockVersion: 1 }).expect(400);
    await put({ content: 'text', lockVersion: 1 }).expect(400);
    await put({ content: draft.content }).expect(400);
    await put({ content: draft.content, lockVersion: '1' }).expect(400);
    await put({ content: draft.content, lockVersion: 1, state: 'published' }).expect(400);
    const empty = await put({ content: {}, lockVersion: 1 }).expect(422);
    expect(empty.body.details.length).toBeGreaterThan(3);
    const broken = await t.http.put(`/api/policy-versions/${draft.id}`).set(bearer(admin)).set('Content-Type', 'application/json').send('{"content": ');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('无法解析');
    expect(await storedVersion(t, draft.id)).toMatchObject({ lockVersion: 1, contentHash: draft.contentHash });
  });

  it('answers hostile YAML text and scenario files with a 422 naming the field, never a 500', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    const put = (body: object) => t.http.put(`/api/policy-versions/${draft.id}`).set(bearer(admin)).send({ lockVersion: 1, ...body });
    for (const yaml of [bomb, '', '42', '!!binary aGVsbG8=', 'a: !custom x', '\u0000']) {
      const response = await put({ yaml }).expect(422);
      expect(response.body.details[0].field, yaml).toMatch(/^yaml/);
    }
    const current = (await t.http.get(`/api/policy-versions/${draft.id}`).set(bearer(admin)).expect(200)).body;
    for (const scenarios of [bomb, '42', 'scenarios: [', '- a\n- b']) {
      const response = await put({ yaml: current.yaml, scenarios }).expect(422);
      expect(response.body.details.map((detail: { field: string }) => detail.field.split('.')[0]), scenarios).toEqual(['scenarios']);
    }
    expect(await storedVersion(t, draft.id)).toMatchObject({ lockVersion: 1, contentHash: draft.contentHash });
  });

  it('refuses values the database could not store, as a 422 naming the field', async () => {
    const response = await t.http
      .put(`/api/policy-versions/${draft.id}`)
      .set(bearer(admin))
      .send({ content: { ...draft.content, title: '长'.repeat(301), versionLabel: 'a\u0000b' }, lockVersion: 1 })
      .expect(422);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'content.title', message: '标题过长（301 字），最多 300 字' }),
      expect.objectContaining({ field: 'content.versionLabel', message: '版本名称含有不可见的空字符（U+0000）' }),
    ]);
    expect(await storedVersion(t, draft.id)).toMatchObject({ lockVersion: 1, contentHash: draft.contentHash });
  });
});
