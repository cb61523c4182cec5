import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

/**
 * The form designer's browser benchmark (`npm run bench`, target web-e2e:bench): Debian's Chromium on the
 * benchmark page built by apps/web/bench/vite.bench.mts, served under the product's CSP.
 */
const port = Number(process.env['BENCH_PORT'] ?? 3290);
const root = resolve(__dirname, '../../..');
const dist = process.env['BENCH_DIST'] ?? resolve(root, 'dist/bench/designer');

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: process.env['BENCH_OUTPUT_DIR'] ?? resolve(root, 'tmp/web-bench'),
  timeout: 300_000,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1600, height: 1000 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node ${resolve(__dirname, 'serve-static.mjs')} ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
