import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueSqliteTransactions } from './sqlite-transaction.queue';

describe('transactions on SQLite', () => {
  let dir: string;
  let db: DataSource;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banfa-sqlite-'));
    db = new DataSource({ type: 'better-sqlite3', database: join(dir, 'db.sqlite') });
    await db.initialize();
    await db.query('CREATE TABLE counter (n integer NOT NULL)');
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A read-then-write transaction that yields in between, as a service's transaction does. */
  const increment = () =>
    db.transaction(async (manager) => {
      const [row] = (await manager.query('SELECT count(*) AS n FROM counter')) as Array<{ n: number }>;
      await new Promise((resolve) => setTimeout(resolve, 1));
      await manager.query('INSERT INTO counter (n) VALUES (?)', [(row?.n ?? 0) + 1]);
    });

  it('break when started together on the single connection (why the queue exists)', async () => {
    const results = await Promise.allSettled(Array.from({ length: 4 }, increment));
    expect(results.some((result) => result.status === 'rejected')).toBe(true);
  });

  it('run one at a time once queued, each seeing the one before', async () => {
    queueSqliteTransactions(db);
    await Promise.all(Array.from({ length: 8 }, increment));
    expect((await db.query('SELECT n FROM counter ORDER BY n')).map((row: { n: number }) => row.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('still nest, and a failed transaction does not hold up the next', async () => {
    queueSqliteTransactions(db);
    const failing = db.transaction(async (manager) => {
      await manager.query('INSERT INTO counter (n) VALUES (100)');
      throw new Error('refused');
    });
    const nested = db.transaction(async (manager) => {
      await manager.query('INSERT INTO counter (n) VALUES (1)');
      await db.transaction(async (inner) => inner.query('INSERT INTO counter (n) VALUES (2)'));
    });
    await expect(failing).rejects.toThrow('refused');
    await nested;
    expect((await db.query('SELECT n FROM counter ORDER BY n')).map((row: { n: number }) => row.n)).toEqual([1, 2]);
  });
});
