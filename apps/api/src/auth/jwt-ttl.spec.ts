import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/app-config';

describe('JWT_TTL', () => {
  it('defaults to a two-hour token', () => {
    expect(loadConfig({}, '/srv').jwtTtlSeconds).toBe(7200);
  });

  it('reads seconds, minutes and hours', () => {
    expect(loadConfig({ JWT_TTL: '90m' }, '/srv').jwtTtlSeconds).toBe(5400);
    expect(loadConfig({ JWT_TTL: '3600s' }, '/srv').jwtTtlSeconds).toBe(3600);
    expect(loadConfig({ JWT_TTL: '8h' }, '/srv').jwtTtlSeconds).toBe(28_800);
  });

  it('stops the start on a malformed or long-lived token setting, naming it', () => {
    expect(() => loadConfig({ JWT_TTL: '2 hours' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_TTL: '2 hours' }, '/srv')).toThrow(/JWT_TTL（登录令牌有效期（短期令牌，过期后重新登录））：应为时长，如 2h、90m、3600s，当前值“2 hours”/);
    expect(() => loadConfig({ JWT_TTL: '48h' }, '/srv')).toThrow(/JWT_TTL.*应在 1 分钟到 24 小时之间/);
    expect(() => loadConfig({ JWT_TTL: '30s' }, '/srv')).toThrow(/应在 1 分钟到 24 小时之间/);
  });
});
