import type { INestApplication } from '@nestjs/common';
import type { PolicyDocument } from '@banfa/policy-model';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { JurisdictionEntity } from '../src/database/entities';

/** The real application, listening on a local port, on a fresh SQLite database in a temporary folder. */
export interface BenchApp {
  app: INestApplication;
  /** http://127.0.0.1:<port>/api */
  base: string;
  close(): Promise<void>;
}

/**
 * Boots the application as `npm start` does (migrations, the seed with its demo accounts), without logs, on an
 * ephemeral port unless BENCH_API_PORT says which.
 */
export async function startBenchApp(root: string): Promise<BenchApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'banfa-api-bench-'));
  const config = loadConfig(
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      POLICIES_DIR: join(root, 'policies'),
      DEMO_SEED_FILE: join(root, 'apps/api/seed-data/demo-accounts.yaml'),
      WEB_DIST_DIR: join(dataDir, 'no-web'),
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    },
    root,
  );
  const { app } = await createApp(config, { logger: false });
  await app.listen(Number(process.env['BENCH_API_PORT'] ?? 0), '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    base: `http://127.0.0.1:${port}/api`,
    close: async () => {
      closeConnections();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers the jurisdictions of synthetic documents in the directory (the platform has no endpoint for that: an
 * administrator's job done at installation), so that their policies can be imported.
 */
export async function registerJurisdictions(app: INestApplication, documents: readonly PolicyDocument[]): Promise<void> {
  const rows = documents.map((doc) => ({ code: doc.jurisdiction.code, name: doc.jurisdiction.name, level: doc.jurisdiction.level, parentCode: null }));
  await app.get(DataSource).getRepository(JurisdictionEntity).insert(rows);
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * A JSON request with a bearer token, over one kept-alive connection (as a browser keeps one to the api). Resolves
 * when the last byte of the answer has arrived, with the raw body: decoding and parsing it is the client's work, not
 * the api's, and is left out of any time measured around this call. Refuses any answer but the status expected.
 */
export function request(base: string, token: string | null, method: 'GET' | 'POST', path: string, body?: unknown, expected = 200): Promise<Buffer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = Buffer.concat(chunks);
          if (response.statusCode === expected) resolve(answer);
          else reject(new Error(`${method} ${path} → ${response.statusCode} (expected ${expected}): ${answer.toString('utf8').slice(0, 600)}`));
        });
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}

/** request(), its answer parsed. */
export async function call<T>(base: string, token: string | null, method: 'GET' | 'POST', path: string, body?: unknown, expected = 200): Promise<T> {
  return JSON.parse((await request(base, token, method, path, body, expected)).toString('utf8')) as T;
}

/** Closes the kept-alive connection (the server waits for it when it closes). */
export function closeConnections(): void {
  agent.destroy();
}
