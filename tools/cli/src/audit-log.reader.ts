import { AUDIT_COLUMNS, auditEntryFromRow, type AuditEntry, type AuditRow } from '@banfa/audit-chain';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { describeDatabase, type AuditDatabase } from './audit-database';
import { CliInputError } from './deadline.command';

/** Reads the audit log in pages ordered by seq, as the api's GET /api/audit/verify does. */
export interface AuditLogReader {
  /** Up to `size` entries numbered above `after` (null: from the first). */
  page(after: number | null, size: number): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

const NOT_MIGRATED = ' 中没有 audit_log 表：数据库尚未迁移（先启动一次 api），或不是 Banfa 的数据库';

/** Opens the database read-only; a missing file, an unreachable server or a missing table is a one-line error. */
export async function openAuditLog(database: AuditDatabase): Promise<AuditLogReader> {
  return database.type === 'postgres' ? openPostgres(database.url, describeDatabase(database)) : openSqlite(database.file, describeDatabase(database));
}

function openSqlite(file: string, name: string): AuditLogReader {
  if (!existsSync(file)) {
    throw new CliInputError(`找不到 ${name}：请在 api 的工作目录运行，或设置 DATA_DIR（SQLite 所在目录）或 DATABASE_URL（PostgreSQL）`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new CliInputError(`无法打开 ${name}：${firstLine(error)}`);
  }
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`).get()) {
    db.close();
    throw new CliInputError(`${name}${NOT_MIGRATED}`);
  }
  const first = db.prepare<[number], AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY seq LIMIT ?`);
  const next = db.prepare<[number, number], AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`);
  return {
    page: async (after, size) => (after === null ? first.all(size) : next.all(after, size)).map(auditEntryFromRow),
    close: async () => {
      db.close();
    },
  };
}

async function openPostgres(url: string, name: string): Promise<AuditLogReader> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An error after connecting (the server going away) must not crash the process: queries report it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new CliInputError(`无法连接 ${name}：${firstLine(error)}`);
  }
  const found = await client.query<{ name: string | null }>(`SELECT to_regclass('audit_log')::text AS name`);
  if (!found.rows[0]?.name) {
    await client.end();
    throw new CliInputError(`${name}${NOT_MIGRATED}`);
  }
  return {
    page: async (after, size) => {
      const result =
        after === null
          ? await client.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY seq LIMIT $1`, [size])
          : await client.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, size]);
      return result.rows.map(auditEntryFromRow);
    },
    close: () => client.end(),
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || (error as { code?: string }).code || '未知错误';
}
