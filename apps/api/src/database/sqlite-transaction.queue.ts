import { Injectable, OnModuleInit } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * On SQLite, transactions run one at a time.
 *
 * TypeORM's better-sqlite3 driver has a single connection: two transactions started together share it, and the
 * second fails ("cannot start a transaction within a transaction") or commits or rolls back the first's work —
 * two users saving at once would get 500s, and the audit chain could lose entries. So `dataSource.transaction` (and
 * every repository's manager, which is the same EntityManager) queues on SQLite. A transaction started inside
 * another (same async context) still nests as a savepoint, as before. PostgreSQL is left alone: its connections
 * are separate and the audit log takes its own advisory lock.
 */
export function queueSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const inside = new AsyncLocalStorage<boolean>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()) return transaction(...args);
    const run = tail.then(() => inside.run(true, () => transaction(...args)));
    tail = run.catch(() => undefined);
    return run;
  }) as EntityManager['transaction'];
}

@Injectable()
export class SqliteTransactionQueue implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    queueSqliteTransactions(this.dataSource);
  }
}
