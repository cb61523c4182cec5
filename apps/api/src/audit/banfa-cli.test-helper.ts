import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';

const ROOT = resolve(__dirname, '../../../..');
const BIN = resolve(ROOT, 'tools/cli/bin/banfa.cjs');

/** Runs the `banfa` CLI against the database of a test app (its SQLite folder, or its PostgreSQL URL). */
export function banfaOn(config: AppConfig, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _unset, DATA_DIR: _unsetToo, ...inherited } = process.env;
  const env = config.database.type === 'postgres' ? { ...inherited, DATABASE_URL: config.database.url } : { ...inherited, DATA_DIR: config.dataDir };
  return new Promise((done) => {
    execFile('node', [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ status: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
