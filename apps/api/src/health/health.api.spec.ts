import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedService } from '../seed/seed.service';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

describe('health, login, docs and seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and the migrations applied', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: t.config.database.type,
      migrations: ['InitialSchema1763769600000', 'PlatformSchema1763856000000', 'PolicySourceText1764892800000'],
    });
  });

  const SEEDS = [
    '141023-xiangfen/2022.policy.yaml',
    '210882-dashiqiao/interim-2025.policy.yaml',
    '360000-jiangxi/2024.policy.yaml',
    '371702-mudan/trial-2023.policy.yaml',
    '441623-lianping/consultation-draft-2.policy.yaml',
  ];

  it('imports the five seed regulations on first start', () => {
    expect(t.seed.policies).toEqual(Object.fromEntries(SEEDS.map((file) => [file, 'created'])));
  });

  it('seeds idempotently: a second run changes nothing', async () => {
    const again = await t.app.get(SeedService).seed();
    expect(again.policies).toEqual(Object.fromEntries(SEEDS.map((file) => [file, 'unchanged'])));
  });

  it('logs a demo user in with their permissions, and refuses a wrong password in Chinese', async () => {
    const ok = await t.http.post('/api/auth/login').send({ username: 'lp-dept', password: 'banfa2025' }).expect(200);
    expect(ok.body.user).toMatchObject({ roleLabel: '项目建设单位', organisationName: '连平县教育局' });
    expect(ok.body.rules.length).toBeGreaterThan(0);
    const wrong = await t.http.post('/api/auth/login').send({ username: 'lp-dept', password: 'nope' }).expect(401);
    expect(wrong.body).toEqual({ code: 'unauthenticated', message: '用户名或密码不正确', details: [] });
  });

  it('publishes the OpenAPI document', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/projects', '/api/health', '/api/auth/login']));
  });

  it('answers an unknown route with the common error shape', async () => {
    const response = await t.http.get('/api/nothing-here').expect(404);
    expect(response.body.code).toBe('not-found');
  });
});
