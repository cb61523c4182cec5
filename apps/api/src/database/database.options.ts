import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options for the configured database. Migrations run at start; the schema is never synchronised. */
export function databaseOptions(config: AppConfig, overrides: { dropSchema?: boolean } = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: false,
    ...overrides,
  } as const;
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    // SQLite enforces foreign keys only when asked, and WAL lets readers run beside the writer.
    prepareDatabase: (db: { pragma: (statement: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
    },
  };
}
