import { resolve } from 'node:path';
import { CliInputError } from './deadline.command';

/** Which database holds the audit log: the api's, configured the same way (DATABASE_URL, else DATA_DIR/banfa.sqlite). */
export type AuditDatabase = { type: 'postgres'; url: string } | { type: 'sqlite'; file: string };

/** The api's database from its environment variables (apps/api/src/config/app-config.ts reads the same ones). */
export function auditDatabase(env: Readonly<Record<string, string | undefined>>, cwd: string): AuditDatabase {
  const url = env['DATABASE_URL'];
  if (url) {
    if (!/^postgres(ql)?:\/\/.+/.test(url)) {
      throw new CliInputError(`DATABASE_URL 应为 postgres://用户@主机:端口/数据库，当前值“${url}”；使用 SQLite 时不要设置 DATABASE_URL`);
    }
    return { type: 'postgres', url };
  }
  return { type: 'sqlite', file: resolve(cwd, env['DATA_DIR'] || 'data', 'banfa.sqlite') };
}

/** The database named for a message, without a password. */
export function describeDatabase(database: AuditDatabase): string {
  return database.type === 'postgres' ? `PostgreSQL ${database.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}` : `SQLite ${database.file}`;
}
