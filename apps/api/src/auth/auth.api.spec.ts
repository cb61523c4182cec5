import { Logger } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../calendar/clock';
import { UserEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

const PASSWORD = 'banfa2025';

describe('login, tokens and /api/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => vi.restoreAllMocks());

  const login = (username: string, password = PASSWORD) => t.http.post('/api/auth/login').send({ username, password });

  it('refuses the 6th attempt after 5 failures within a minute with 429, and leaves other users alone', async () => {
    for (let i = 0; i < 5; i++) await login('lp-data', 'wrong').expect(401);
    const refused = await login('lp-data').expect(429);
    expect(refused.body).toEqual({
      code: 'too-many-requests',
      message: expect.stringMatching(/^登录失败次数过多，请 \d+ 秒后再试（同一账号每分钟最多失败 5 次）；如忘记密码，请联系平台管理员$/),
      details: [],
    });
    await login('lp-finance').expect(200);
    await login('lp-data').expect(429);
  });

  it('lets the account in again once its failures are a minute old', async () => {
    for (let i = 0; i < 5; i++) await login('lp-audit', 'wrong').expect(401);
    await login('lp-audit').expect(429);
    const clock = t.app.get(Clock);
    const later = new Date(Date.now() + 61_000);
    vi.spyOn(clock, 'now').mockReturnValue(later);
    await login('lp-audit').expect(200);
  });

  it('counts failures only: a correct login clears them, and logging in often is never refused', async () => {
    for (let i = 0; i < 4; i++) await login('lp-ndrc', 'wrong').expect(401);
    await login('lp-ndrc').expect(200);
    for (let i = 0; i < 4; i++) await login('lp-ndrc', 'wrong').expect(401);
    await login('lp-ndrc').expect(200);
    for (let i = 0; i < 6; i++) await login('xf-dept').expect(200);
  });

  it('writes failed and refused logins to the log, never the password', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    await login('md-dept', 'not-the-password').expect(401);
    await login('nobody-here', 'not-the-password').expect(401);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ event: 'login-failed', username: 'md-dept', reason: 'wrong-password' }), 'login failed');
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ event: 'login-failed', username: 'nobody-here', reason: 'unknown-user' }), 'login failed');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('not-the-password');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const unknown = await login('nobody', 'x').expect(401);
    const wrong = await login('lp-crypto', 'x').expect(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('refuses an over-long username or password with the field named', async () => {
    const response = await login('x'.repeat(65), 'y'.repeat(257)).expect(400);
    expect(response.body.details).toEqual([
      { field: 'username', message: '用户名不能超过 64 个字符' },
      { field: 'password', message: '密码不能超过 256 个字符' },
    ]);
  });

  it('issues a short-lived token: 2 hours by default (JWT_TTL)', async () => {
    const before = Date.now();
    const response = await login('dsq-policy').expect(200);
    const payload = JSON.parse(Buffer.from(String(response.body.token).split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat: number; exp: number; sub: string };
    expect(payload.exp - payload.iat).toBe(7200);
    expect(payload.sub).toBe('u-dsq-policy');
    const expiresAt = Date.parse(response.body.expiresAt);
    expect(expiresAt - before).toBeGreaterThanOrEqual(7_199_000);
    expect(expiresAt - before).toBeLessThan(7_260_000);
  });

  it('answers /api/me with the login’s session without the token', async () => {
    const session = (await login('jx-crypto').expect(200)).body;
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${session.token}`).expect(200);
    const { token: _token, expiresAt: _expiresAt, ...rest } = session;
    expect(me.body).toEqual(rest);
    expect(me.body.user).toMatchObject({ username: 'jx-crypto', role: 'reviewer', roleLabel: '审查机构', organisationName: '江西省国家密码管理局' });
    expect(me.body.actor).toEqual({ id: 'u-jx-crypto', role: 'reviewer', jurisdictionCode: '360000', organisationId: 'jx-crypto-bureau', bodyKey: 'crypto-bureau' });
    expect(me.body.rules.length).toBeGreaterThan(0);
  });

  it('refuses /api/me without a token, with a bad one, and after the account’s role changed', async () => {
    expect((await t.http.get('/api/me').expect(401)).body.message).toBe('请先登录');
    expect((await t.http.get('/api/me').set('Authorization', 'Bearer nonsense').expect(401)).body.message).toBe('登录已过期，请重新登录');
    const token = (await login('sx-observer').expect(200)).body.token as string;
    const users = t.app.get<Repository<UserEntity>>(getRepositoryToken(UserEntity));
    await users.update({ id: 'u-sx-observer' }, { jurisdictionCode: '141023', role: 'policy-admin' });
    const refused = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body.message).toBe('账号的角色或所属单位已变更，请重新登录');
    await users.update({ id: 'u-sx-observer' }, { jurisdictionCode: '140000', role: 'provincial-observer' });
  });

  it('logs in every kind of demo account', async () => {
    for (const username of ['admin', 'lp-policy', 'gd-observer', 'dsq-dept', 'md-third-party', 'jx-observer', 'xf-gov']) {
      const response = await login(username).expect(200);
      expect(response.body.user.username).toBe(username);
    }
  });
});
