import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to a SQLite file in the data folder on port 3000', () => {
    const config = loadConfig({}, '/srv/banfa');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'better-sqlite3', file: '/srv/banfa/data/banfa.sqlite' });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }, '/srv');
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  });

  it('stops with a message naming each wrong variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, '/srv');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT（HTTP 端口）/);
    expect(attempt).toThrow(/DATABASE_URL（.*）：应为 postgres:\/\/.*当前值“mysql:\/\/x”/);
  });
});
