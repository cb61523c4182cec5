import { nextAuditEntry, verifyAuditChain, type AuditEntry } from '@banfa/audit-chain';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'tools/cli/bin/banfa.cjs');
const APPEND_ONLY = 'audit log is append-only';

/** Runs `banfa` with the given environment (DATA_DIR / DATABASE_URL choose the database). */
function banfa(env: Record<string, string>, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    const stdout = execFileSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { ...inherited, ...env } });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** A SQLite file laid out as the api's migrations make it: the audit_log table and its append-only triggers. */
function auditDatabase(entries: number): { dataDir: string; db: Database.Database; chain: AuditEntry[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'banfa-audit-'));
  const db = new Database(join(dataDir, 'banfa.sqlite'));
  db.exec(`
    CREATE TABLE audit_log (
      seq integer PRIMARY KEY NOT NULL, at varchar(32) NOT NULL, actor_id varchar(64), action varchar(64) NOT NULL,
      subject_type varchar(40) NOT NULL, subject_id varchar(100) NOT NULL, hash_before varchar(64), hash_after varchar(64),
      detail text NOT NULL, prev_hash varchar(64) NOT NULL, entry_hash varchar(64) NOT NULL);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END;`);
  const chain: AuditEntry[] = [];
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, action, subject_type, subject_id, hash_before, hash_after, detail, prev_hash, entry_hash)
     VALUES (@seq, @at, @actorId, @action, @subjectType, @subjectId, @hashBefore, @hashAfter, @detail, @prevHash, @entryHash)`,
  );
  for (let i = 1; i <= entries; i++) {
    const entry = nextAuditEntry(chain.at(-1) ?? null, {
      at: `2025-10-${String(i).padStart(2, '0')}T02:00:00.000Z`,
      actorId: 'u-admin',
      action: 'calendar.update',
      subjectType: 'Calendar',
      subjectId: String(2025 + i),
      before: i > 1 ? { published: false } : null,
      after: { published: true, overrides: [{ day: `${2025 + i}-01-01`, working: false }] },
      detail: { year: 2025 + i },
    });
    insert.run(entry);
    chain.push(entry);
  }
  return { dataDir, db, chain };
}

describe('npx banfa audit verify', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  function database(entries: number) {
    const made = auditDatabase(entries);
    cleanups.push(() => {
      made.db.close();
      rmSync(made.dataDir, { recursive: true, force: true });
    });
    return made;
  }

  it('reports an intact log with its head, exit 0', () => {
    const { dataDir, chain } = database(5);
    const result = banfa({ DATA_DIR: dataDir }, 'audit', 'verify');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`审计日志完整：5 条记录，链尾为第 5 条，哈希 ${chain[4]?.entryHash}`);
    const json = banfa({ DATA_DIR: dataDir }, 'audit', 'verify', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(verifyAuditChain(chain));
  });

  it('reports an empty log as intact', () => {
    const { dataDir } = database(0);
    const result = banfa({ DATA_DIR: dataDir }, 'audit', 'verify');
    expect(result).toMatchObject({ status: 0, stdout: '审计日志完整：0 条记录（日志为空）\n' });
  });

  it('finds an entry changed behind the triggers’ back, exit 1', () => {
    const { dataDir, db } = database(5);
    expect(() => db.prepare(`UPDATE audit_log SET actor_id = 'intruder' WHERE seq = 3`).run()).toThrow(APPEND_ONLY);
    db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_id = 'intruder' WHERE seq = 3`);
    const result = banfa({ DATA_DIR: dataDir }, 'audit', 'verify');
    expect(result.status).toBe(1);
    expect(result.stdout.trim()).toBe('审计日志在第 3 条记录处断开：第 3 条记录的内容与其哈希不符：记录已被修改（共读取 5 条记录）');
    const json = JSON.parse(banfa({ DATA_DIR: dataDir }, 'audit', 'verify', '--json').stdout);
    expect(json).toMatchObject({ ok: false, entries: 5, firstBroken: { seq: 3 } });
  });

  it('finds a deleted entry', () => {
    const { dataDir, db } = database(5);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(APPEND_ONLY);
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2');
    const result = banfa({ DATA_DIR: dataDir }, 'audit', 'verify');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('缺少第 2 条记录（第 1 条之后直接是第 3 条）：记录可能已被删除');
  });

  it('finds two entries whose numbers were swapped', () => {
    const { dataDir, db } = database(5);
    db.exec(`DROP TRIGGER audit_log_no_update;
      UPDATE audit_log SET seq = -4 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -4;`);
    const result = banfa({ DATA_DIR: dataDir }, 'audit', 'verify', '--json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).firstBroken).toEqual({ seq: 3, reason: '第 3 条记录原为第 4 条：记录被重新编号（顺序被调换，或其前有记录被删除）' });
  });

  it('answers a wrong configuration with one line and exit 2', () => {
    const missing = banfa({ DATA_DIR: join(tmpdir(), 'banfa-no-such-dir') }, 'audit', 'verify');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('错误：找不到 SQLite');
    expect(missing.stderr).toContain('请在 api 的工作目录运行，或设置 DATA_DIR');

    const wrongUrl = banfa({ DATABASE_URL: 'mysql://root@localhost/banfa' }, 'audit', 'verify');
    expect(wrongUrl).toMatchObject({ status: 2, stderr: '错误：DATABASE_URL 应为 postgres://用户@主机:端口/数据库，当前值“mysql://root@localhost/banfa”；使用 SQLite 时不要设置 DATABASE_URL\n' });

    const empty = mkdtempSync(join(tmpdir(), 'banfa-audit-'));
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    new Database(join(empty, 'banfa.sqlite')).close();
    const unmigrated = banfa({ DATA_DIR: empty }, 'audit', 'verify');
    expect(unmigrated.status).toBe(2);
    expect(unmigrated.stderr).toMatch(/^错误：SQLite .*banfa\.sqlite 中没有 audit_log 表：数据库尚未迁移（先启动一次 api），或不是 Banfa 的数据库\n$/);

    const notSqlite = mkdtempSync(join(tmpdir(), 'banfa-audit-'));
    cleanups.push(() => rmSync(notSqlite, { recursive: true, force: true }));
    mkdirSync(join(notSqlite, 'banfa.sqlite'));
    expect(banfa({ DATA_DIR: notSqlite }, 'audit', 'verify')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^错误：无法打开 SQLite .*\n$/) });
  });
});
