import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { GUARD_MESSAGES } from './guard-messages';
import { MIGRATIONS } from './migrations';

/** A database at an earlier migration, so the later ones are tested as an upgrade of existing data. */
function dataSource(migrations: DataSourceOptions['migrations'], dir = mkdtempSync(join(tmpdir(), 'banfa-migrations-'))): { source: DataSource; dir: string; cleanup: () => void } {
  const url = process.env['DATABASE_URL'];
  if (url) {
    return { source: new DataSource({ type: 'postgres', url, migrations, dropSchema: false }), dir, cleanup: () => undefined };
  }
  const source = new DataSource({
    type: 'better-sqlite3',
    database: join(dir, 'db.sqlite'),
    migrations,
    prepareDatabase: (db: { pragma: (statement: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
    },
  });
  return { source, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('migrations', () => {
  let cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  it('upgrade a database holding a submitted project without losing it, then guard published versions', async () => {
    const first = dataSource([MIGRATIONS[0]!]);
    await first.source.initialize();
    await first.source.dropDatabase();
    await first.source.runMigrations();
    await first.source.query(`INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ('440000', '广东省', 'province', NULL)`);
    await first.source.query(`INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ('441623', '连平县', 'county', '440000')`);
    await first.source.query(`INSERT INTO organisations (id, jurisdiction_code, name, kind, body_key) VALUES ('dept', '441623', '教育局', 'department', NULL)`);
    await first.source.query(`INSERT INTO policies (id, jurisdiction_code, title) VALUES ('p', '441623', '办法')`);
    await first.source.query(
      `INSERT INTO policy_versions (id, policy_id, jurisdiction_code, version_label, status, effective_from, effective_to, content, content_hash, source_file, created_at)
       VALUES ('p:1', 'p', '441623', '一', 'draft', NULL, NULL, '{}', 'h', NULL, '2025-01-01T00:00:00.000Z')`,
    );
    await first.source.query(
      `INSERT INTO projects (id, policy_version_id, organisation_id, jurisdiction_code, name, total_investment_fen, form_values, facts, track_id, report, report_policy_hash, submitted_on, created_at)
       VALUES ('prj', 'p:1', 'dept', '441623', '智慧校园', 8000000, '{}', '{}', 'approval', '{"track":null}', 'h', '2025-09-30', '2025-09-30T01:00:00.000Z')`,
    );
    await first.source.query(`INSERT INTO project_events (id, project_id, kind, occurred_on, payload, actor_id, created_at) VALUES ('e', 'prj', 'submitted', '2025-09-30', '{}', NULL, '2025-09-30T01:00:00.000Z')`);
    await first.source.destroy();

    const all = dataSource(MIGRATIONS, first.dir);
    cleanups.push(all.cleanup);
    await all.source.initialize();
    cleanups.push(async () => {
      await all.source.dropDatabase();
      await all.source.destroy();
    });
    await all.source.runMigrations();

    const [project] = await all.source.query(`SELECT id, state, province_code, report, total_investment_fen, lock_version FROM projects`);
    expect(project).toMatchObject({ id: 'prj', state: 'submitted', province_code: '440000', report: '{"track":null}' });
    expect(String(project.total_investment_fen)).toBe('8000000');
    expect(await all.source.query(`SELECT id FROM project_events`)).toEqual([{ id: 'e' }]);

    // Versions that existed were in use, so they are published, and from now on the database guards them.
    const [version] = await all.source.query(`SELECT state, province_code FROM policy_versions`);
    expect(version).toEqual({ state: 'published', province_code: '440000' });
    await expect(all.source.query(`UPDATE policy_versions SET content = '{"changed":true}'`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
    await expect(all.source.query(`DELETE FROM policy_versions`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
    // Publishing a successor may end it, once.
    await all.source.query(`UPDATE policy_versions SET effective_to = '2026-06-30'`);
    await expect(all.source.query(`UPDATE policy_versions SET effective_to = '2026-12-31'`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
  });

  it('add the text and scenario columns to a database holding versions, and freeze them on published rows', async () => {
    const platform = dataSource(MIGRATIONS.slice(0, 2));
    await platform.source.initialize();
    await platform.source.dropDatabase();
    await platform.source.runMigrations();
    const q = (sql: string) => platform.source.query(sql);
    await q(`INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ('440000', '广东省', 'province', NULL)`);
    await q(`INSERT INTO jurisdictions (code, name, level, parent_code) VALUES ('441623', '连平县', 'county', '440000')`);
    await q(`INSERT INTO policies (id, jurisdiction_code, title) VALUES ('p', '441623', '办法')`);
    const version = (id: string, state: string) =>
      q(`INSERT INTO policy_versions (id, policy_id, jurisdiction_code, version_label, status, content, content_hash, created_at, state, lock_version, province_code)
         VALUES ('${id}', 'p', '441623', '${id}', 'interim', '{"v":"${id}"}', 'h-${id}', '2025-01-01T00:00:00.000Z', '${state}', 1, '440000')`);
    await version('p:1', 'published');
    await version('p:2', 'draft');
    await q(
      `INSERT INTO audit_log (seq, at, actor_id, action, subject_type, subject_id, hash_before, hash_after, detail, prev_hash, entry_hash)
       VALUES (1, '2025-01-01T00:00:00.000Z', NULL, 'policy-version.import', 'PolicyVersion', 'p:1', NULL, NULL, '{}', '0', '1')`,
    );
    await platform.source.destroy();

    const all = dataSource(MIGRATIONS, platform.dir);
    cleanups.push(platform.cleanup);
    await all.source.initialize();
    cleanups.push(async () => {
      await all.source.dropDatabase();
      await all.source.destroy();
    });
    await all.source.runMigrations();
    const query = (sql: string) => all.source.query(sql);

    // The versions are there as they were, without a text or scenarios of their own.
    expect(await query(`SELECT id, state, content, source_yaml, scenarios FROM policy_versions ORDER BY id`)).toEqual([
      { id: 'p:1', state: 'published', content: '{"v":"p:1"}', source_yaml: null, scenarios: null },
      { id: 'p:2', state: 'draft', content: '{"v":"p:2"}', source_yaml: null, scenarios: null },
    ]);
    // A draft takes them; a published version refuses them, and everything else it refused before.
    await query(`UPDATE policy_versions SET source_yaml = 'id: p', scenarios = 'policy: x' WHERE id = 'p:2'`);
    expect(await query(`SELECT source_yaml, scenarios FROM policy_versions WHERE id = 'p:2'`)).toEqual([{ source_yaml: 'id: p', scenarios: 'policy: x' }]);
    for (const sql of [
      `UPDATE policy_versions SET source_yaml = 'id: p' WHERE id = 'p:1'`,
      `UPDATE policy_versions SET scenarios = 'policy: x' WHERE id = 'p:1'`,
      `UPDATE policy_versions SET content = '{}' WHERE id = 'p:1'`,
      `DELETE FROM policy_versions WHERE id = 'p:1'`,
    ]) {
      await expect(query(sql), sql).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
    }
    await query(`UPDATE policy_versions SET effective_to = '2026-06-30' WHERE id = 'p:1'`);
    await expect(query(`UPDATE policy_versions SET effective_to = NULL WHERE id = 'p:1'`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
    await expect(query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(GUARD_MESSAGES.appendOnly);

    // Rolled back, the columns go and the earlier guard still holds; forward again, the new one.
    await all.source.undoLastMigration();
    await expect(query(`SELECT source_yaml FROM policy_versions`)).rejects.toThrow();
    await expect(query(`UPDATE policy_versions SET content = '{}' WHERE id = 'p:1'`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
    await all.source.runMigrations();
    await expect(query(`UPDATE policy_versions SET scenarios = 'policy: y' WHERE id = 'p:1'`)).rejects.toThrow(GUARD_MESSAGES.immutableVersion);
  });

  it('make the audit log append-only', async () => {
    const db = dataSource(MIGRATIONS);
    cleanups.push(db.cleanup);
    await db.source.initialize();
    cleanups.push(async () => {
      await db.source.dropDatabase();
      await db.source.destroy();
    });
    await db.source.dropDatabase();
    await db.source.runMigrations();
    await db.source.query(
      `INSERT INTO audit_log (seq, at, actor_id, action, subject_type, subject_id, hash_before, hash_after, detail, prev_hash, entry_hash)
       VALUES (1, '2026-01-01T00:00:00.000Z', 'u', 'x', 'Project', 'p', NULL, NULL, '{}', '0', '1')`,
    );
    await expect(db.source.query(`UPDATE audit_log SET action = 'y'`)).rejects.toThrow(GUARD_MESSAGES.appendOnly);
    await expect(db.source.query(`DELETE FROM audit_log`)).rejects.toThrow(GUARD_MESSAGES.appendOnly);
  });

  it('roll back to the first schema and forward again', async () => {
    const db = dataSource(MIGRATIONS);
    cleanups.push(db.cleanup);
    await db.source.initialize();
    cleanups.push(async () => {
      await db.source.dropDatabase();
      await db.source.destroy();
    });
    await db.source.dropDatabase();
    await db.source.runMigrations();
    await db.source.undoLastMigration();
    await db.source.runMigrations();
    expect((await db.source.query(`SELECT COUNT(*) AS n FROM audit_log`))[0].n).toBeDefined();
  });
});
