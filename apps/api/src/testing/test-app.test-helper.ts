import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { vi } from 'vitest';
import { createApp } from '../bootstrap';
import { Clock } from '../calendar/clock';
import { loadConfig, type AppConfig } from '../config/app-config';
import type { SeedSummary } from '../seed/seed.service';

const ROOT = resolve(__dirname, '../../../..');

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  config: AppConfig;
  seed: SeedSummary;
  /** Sets the day the api believes it is (China time). */
  setToday(date: string): void;
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real application on a fresh database: a temporary SQLite file, or, when DATABASE_URL is set
 * (as in `npm run test:api:pg`), PostgreSQL with its schema dropped first. Migrations and the seed run as on start.
 */
export async function startTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'banfa-api-'));
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: process.env['DATABASE_URL'],
      POLICIES_DIR: join(ROOT, 'policies'),
      DEMO_SEED_FILE: join(ROOT, 'apps/api/seed-data/demo-accounts.yaml'),
      WEB_DIST_DIR: join(dataDir, 'no-web'),
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0000',
    },
    ROOT,
  );
  const { app, seed } = await createApp(config, { dropSchema: config.database.type === 'postgres', logger: false });
  const clock = app.get(Clock);
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    config,
    seed,
    setToday: (date) => {
      vi.spyOn(clock, 'today').mockReturnValue(date);
    },
    login: async (username) => {
      const response = await http.post('/api/auth/login').send({ username, password: 'banfa2025' }).expect(200);
      return (response.body as { token: string }).token;
    },
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
