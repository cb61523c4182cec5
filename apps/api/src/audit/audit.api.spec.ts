import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../calendar/calendar.service';
import { GUARD_MESSAGES } from '../database/guard-messages';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { AuditService } from './audit.service';
import { banfaOn } from './banfa-cli.test-helper';

interface Entry {
  seq: number;
  action: string;
  subjectId: string;
  prevHash: string;
  entryHash: string;
}

describe('the audit log: chained, readable by the platform admin, verifiable, append-only', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    // Some writes, each recorded in its own transaction.
    for (const [year, body] of [
      [2025, { published: true, overrides: [{ day: '2025-06-10', working: false }] }],
      [2030, { published: false, overrides: [] }],
      [2030, { published: true, overrides: [{ day: '2030-01-01', working: false, note: '元旦' }] }],
      [2031, { published: true, overrides: [] }],
    ] as const) {
      await t.http.put(`/api/calendar/${year}`).set('Authorization', `Bearer ${admin}`).send(body).expect(200);
    }
  });
  afterAll(() => t.close());

  const getAs = (path: string, token = admin) => t.http.get(path).set('Authorization', `Bearer ${token}`);

  it('chains every entry to the one before it', async () => {
    const entries = (await getAs('/api/audit?limit=500').expect(200)).body.entries as Entry[];
    expect(entries.filter((entry) => entry.action === 'calendar.update').map((entry) => entry.subjectId)).toEqual(['2031', '2030', '2030', '2025']);
    entries.forEach((entry, i) => {
      const older = entries[i + 1];
      if (older) {
        expect(entry.seq).toBe(older.seq + 1);
        expect(entry.prevHash).toBe(older.entryHash);
      }
    });
    expect(entries.at(-1)).toMatchObject({ seq: 1, prevHash: '0'.repeat(64) });
  });

  it('verifies the whole chain, and the CLI gives the same answer', async () => {
    const entries = (await getAs('/api/audit?limit=500').expect(200)).body.entries as Entry[];
    const head = entries[0]!;
    const report = (await getAs('/api/audit/verify').expect(200)).body;
    expect(report).toEqual({
      ok: true,
      entries: entries.length,
      head: { seq: head.seq, entryHash: head.entryHash },
      summary: `审计日志完整：${entries.length} 条记录，链尾为第 ${head.seq} 条，哈希 ${head.entryHash}`,
    });
    const cli = await banfaOn(t.config, 'audit', 'verify', '--json');
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(report);
  });

  it('lists a subject’s entries newest first, in pages', async () => {
    const all = (await getAs('/api/audit?subjectType=Calendar').expect(200)).body.entries as Entry[];
    expect(all).toHaveLength(4);
    const first = (await getAs('/api/audit?subjectType=Calendar&limit=2').expect(200)).body.entries as Entry[];
    const second = (await getAs(`/api/audit?subjectType=Calendar&limit=2&before=${first[1]?.seq}`).expect(200)).body.entries as Entry[];
    expect([...first, ...second]).toEqual(all);
    expect((await getAs('/api/audit?subjectType=Calendar&subjectId=2025').expect(200)).body.entries).toHaveLength(1);
  });

  it('refuses bad queries with the field named', async () => {
    expect((await getAs('/api/audit?limit=0').expect(400)).body.details).toEqual([{ field: 'limit', message: 'limit 应为 1–500 之间的整数（默认 100）' }]);
    expect((await getAs('/api/audit?limit=501').expect(400)).body.details[0].field).toBe('limit');
    expect((await getAs('/api/audit?before=-1').expect(400)).body.details[0].field).toBe('before');
    expect((await getAs('/api/audit?subjectType=Calendar&subjectType=Project').expect(400)).body.details[0].field).toBe('subjectType');
    expect((await getAs('/api/audit?who=me').expect(400)).body.code).toBe('validation-failed');
  });

  it('is for the platform administrator only', async () => {
    for (const username of ['lp-policy', 'gd-observer', 'lp-data']) {
      const token = await t.login(username);
      expect((await getAs('/api/audit', token).expect(403)).body.code).toBe('forbidden');
      expect((await getAs('/api/audit/verify', token).expect(403)).body.code).toBe('forbidden');
    }
    await t.http.get('/api/audit/verify').expect(401);
  });

  it('keeps one chain when writes run at the same time', async () => {
    // In-process, so that the transactions really interleave (on SQLite they queue; on PostgreSQL the log's lock).
    const calendar = t.app.get(CalendarService);
    const actor = { id: 'u-admin', role: 'platform-admin' as const, jurisdictionCode: '440000' };
    const years = [2040, 2041, 2042, 2043, 2044, 2045];
    const results = await Promise.allSettled(years.map((year) => calendar.update(actor, year, { published: true, overrides: [{ day: `${year}-01-01`, working: false }] })));
    expect(results.map((result) => result.status)).toEqual(years.map(() => 'fulfilled'));
    const report = (await getAs('/api/audit/verify').expect(200)).body;
    expect(report.ok).toBe(true);
    const entries = (await getAs('/api/audit?subjectType=Calendar&limit=500').expect(200)).body.entries as Entry[];
    expect(entries.map((entry) => entry.subjectId).filter((id) => Number(id) >= 2040).sort()).toEqual(years.map(String));
  });

  it('refuses to record an entry outside the transaction of its write', async () => {
    const db = t.app.get(DataSource);
    const write = { actorId: null, action: 'probe', subjectType: 'Probe', subjectId: '1' };
    await expect(t.app.get(AuditService).record(db.manager, write)).rejects.toThrow(
      'AuditService.record(probe) must be called with the manager of the transaction of the write it records',
    );
  });

  it('is refused UPDATE and DELETE by the database itself', async () => {
    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE audit_log SET action = 'rewritten' WHERE seq = 1`)).rejects.toThrow(GUARD_MESSAGES.appendOnly);
    await expect(db.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(GUARD_MESSAGES.appendOnly);
    expect((await getAs('/api/audit/verify').expect(200)).body.ok).toBe(true);
  });

  it('finds an entry changed once the guard is removed, in the api and in the CLI', async () => {
    const db = t.app.get(DataSource);
    const calendarEntry = ((await getAs('/api/audit?subjectType=Calendar&subjectId=2025').expect(200)).body.entries as Entry[])[0]!;
    await db.query(t.config.database.type === 'postgres' ? 'DROP TRIGGER audit_log_append_only ON audit_log' : 'DROP TRIGGER audit_log_no_update');
    await db.query(`UPDATE audit_log SET detail = '{"year":2024}' WHERE seq = ${calendarEntry.seq}`);
    const report = (await getAs('/api/audit/verify').expect(200)).body;
    expect(report).toMatchObject({
      ok: false,
      firstBroken: { seq: calendarEntry.seq, reason: `第 ${calendarEntry.seq} 条记录的内容与其哈希不符：记录已被修改` },
    });
    const cli = await banfaOn(t.config, 'audit', 'verify', '--json');
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual(report);
  });
});
