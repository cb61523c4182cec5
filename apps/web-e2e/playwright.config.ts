import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Browser tests run the product as `npm start` does (built api serving the built web on SQLite), on a fresh
 * data folder, and drive Debian's Chromium: Playwright cannot download its own browsers here.
 */
const port = Number(process.env['E2E_PORT'] ?? 3210);
const root = resolve(__dirname, '../..');
// A second checkout of the work (a parallel branch) can run its own build side by side: its api entry point, its web
// build and its results folder, on its own port.
const apiMain = process.env['E2E_API_MAIN'] ?? 'dist/apps/api/apps/api/src/main.js';
const webDist = process.env['E2E_WEB_DIST'] ?? 'dist/apps/web';
const dataDir = mkdtempSync(join(tmpdir(), 'banfa-e2e-'));

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: process.env['E2E_OUTPUT_DIR'] ?? '../../tmp/web-e2e/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node ${apiMain}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), DATA_DIR: dataDir, WEB_DIST_DIR: webDist, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  },
});
