import { WorkingCalendar } from '@banfa/calendar';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { CalendarStore } from './calendar-store';

describe('the official calendar: read, correct, and counted on at once', () => {
  let t: TestApp;
  let admin: string;
  let calendar: WorkingCalendar;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    // The reference services were injected with: it must see corrections without a restart.
    calendar = t.app.get(WorkingCalendar);
  });
  afterAll(() => t.close());

  const put = (year: string | number, body: unknown, token = admin) => t.http.put(`/api/calendar/${year}`).set('Authorization', `Bearer ${token}`).send(body as object);
  const get = (year: string | number, token = admin) => t.http.get(`/api/calendar/${year}`).set('Authorization', `Bearer ${token}`);

  it('shows a package year: days off with their holiday, adjusted workdays, not provisional', async () => {
    const department = await t.login('lp-dept');
    const response = await get(2025, department).expect(200);
    expect(response.body).toMatchObject({ year: 2025, provisional: false, source: 'package', published: true, overridesApplied: true, overrides: [] });
    expect(response.body.daysOff).toContainEqual({ day: '2025-10-03', note: '国庆节', source: 'package' });
    expect(response.body.adjustedWorkdays).toContainEqual({ day: '2025-10-11', note: '国庆节', source: 'package' });
  });

  it('shows a year without published data as provisional', async () => {
    const response = await get(2030).expect(200);
    expect(response.body).toMatchObject({ year: 2030, provisional: true, source: 'none', published: false, daysOff: [], adjustedWorkdays: [] });
  });

  it('moves a due date when an administrator adds a day off, without a restart', async () => {
    // Monday 2025-06-09 + 1 working day: Tuesday, until the 10th is declared a day off.
    expect(calendar.addWorkingDays('2025-06-09', 1)).toEqual({ date: '2025-06-10', provisional: false });
    const saved = await put(2025, { published: true, note: '演示：地方临时放假', overrides: [{ day: '2025-06-10', working: false, note: '临时放假' }] }).expect(200);
    expect(saved.body.daysOff).toContainEqual({ day: '2025-06-10', note: '临时放假', source: 'override' });
    expect(saved.body.overrides).toEqual([{ day: '2025-06-10', working: false, note: '临时放假', updatedBy: 'u-admin', updatedAt: expect.any(String) }]);
    expect(calendar.addWorkingDays('2025-06-09', 1)).toEqual({ date: '2025-06-11', provisional: false });
    expect((await get(2025).expect(200)).body).toEqual(saved.body);
  });

  it('replaces a year’s overrides as a whole, and can turn a holiday into a working day', async () => {
    const saved = await put(2025, { published: true, overrides: [{ day: '2025-10-08', working: true, note: '更正' }] }).expect(200);
    expect(saved.body.overrides.map((override: { day: string }) => override.day)).toEqual(['2025-10-08']);
    expect(saved.body.daysOff).not.toContainEqual(expect.objectContaining({ day: '2025-10-08' }));
    expect(saved.body.adjustedWorkdays).toContainEqual({ day: '2025-10-08', note: '更正', source: 'override' });
    expect(calendar.addWorkingDays('2025-06-09', 1).date).toBe('2025-06-10');
    expect(calendar.isWorkingDay('2025-10-08')).toEqual({ working: true, provisional: false });
  });

  it('counts on a year entered as published, which is then no longer provisional', async () => {
    // Tuesday 2029-12-31 + 1 working day falls in 2030, which the package does not have.
    expect(calendar.addWorkingDays('2029-12-31', 1)).toEqual({ date: '2030-01-01', provisional: true });
    const draft = await put(2030, { published: false, overrides: [{ day: '2030-01-01', working: false, note: '元旦' }] }).expect(200);
    expect(draft.body).toMatchObject({ provisional: true, source: 'none', published: false, overridesApplied: false, daysOff: [] });
    expect(draft.body.overrides).toHaveLength(1);
    expect(calendar.addWorkingDays('2029-12-31', 1)).toEqual({ date: '2030-01-01', provisional: true });

    const published = await put(2030, { published: true, note: '国办发明电〔2029〕X号', overrides: [{ day: '2030-01-01', working: false, note: '元旦' }] }).expect(200);
    expect(published.body).toMatchObject({ provisional: false, source: 'administrator', published: true, overridesApplied: true, note: '国办发明电〔2029〕X号' });
    expect(published.body.daysOff).toEqual([{ day: '2030-01-01', note: '元旦', source: 'override' }]);
    expect(calendar.addWorkingDays('2029-12-31', 1)).toEqual({ date: '2030-01-02', provisional: false });
  });

  it('loads the corrections from the database at start', async () => {
    const fresh = new CalendarStore(t.app.get(DataSource));
    await fresh.onModuleInit();
    expect(fresh.calendar.addWorkingDays('2029-12-31', 1)).toEqual({ date: '2030-01-02', provisional: false });
    expect(fresh.calendar.isWorkingDay('2025-10-08').working).toBe(true);
  });

  it('refuses invalid days with the field of each, and stores nothing', async () => {
    const before = (await get(2025).expect(200)).body;
    const response = await put(2025, {
      published: true,
      overrides: [
        { day: '2025-02-30', working: false },
        { day: '2026-01-05', working: false },
        { day: '2025-05-06', working: 'yes' },
        { day: '2025-05-07', working: false, colour: 'red' },
        { day: '2025-05-08', working: false },
        { day: '2025-05-08', working: true },
        'Tuesday',
      ],
    }).expect(400);
    expect(response.body).toEqual({
      code: 'validation-failed',
      message: '2025 年日历有 6 处需要修改',
      details: [
        { field: 'overrides[0].day', message: '“2025-02-30”不是有效日期，应为 YYYY-MM-DD，如 2025-10-08' },
        { field: 'overrides[1].day', message: '2026-01-05 不在 2025 年：请在 2026 年的日历中更正' },
        { field: 'overrides[2].working', message: 'working 应为 true（上班）或 false（放假）' },
        { field: 'overrides[3].colour', message: '不认识的字段“colour”：只能有 day、working、note' },
        { field: 'overrides[5].day', message: '2025-05-08 与 overrides[4] 重复' },
        { field: 'overrides[6]', message: '应为 { "day": "YYYY-MM-DD", "working": true/false, "note": "…" }' },
      ],
    });
    expect((await get(2025).expect(200)).body).toEqual(before);
  });

  it('refuses a bad year, a package year marked unpublished, and a body without overrides', async () => {
    expect((await get('20x5').expect(400)).body.details).toEqual([
      { field: 'year', message: '“20x5”不是日历覆盖的年份：应为 1990–2100 之间的四位数字，如 /api/calendar/2026' },
    ]);
    expect((await get(1989).expect(400)).body.details[0].field).toBe('year');
    const unpublished = await put(2025, { published: false, overrides: [] }).expect(400);
    expect(unpublished.body.details[0]).toEqual({
      field: 'published',
      message: '2025 年的放假安排已由国务院公布（chinese-days 数据包），不能标为未公布；如需更正个别日期，请在 overrides 中列出',
    });
    const missing = await put(2031, { published: true }).expect(400);
    expect(missing.body.details).toEqual([{ field: 'overrides', message: expect.stringContaining('overrides 应为列表') }]);
    expect((await put(2031, [1, 2]).expect(400)).body.code).toBe('validation-failed');
  });

  it('lets only a platform administrator change the calendar', async () => {
    const policyAdmin = await t.login('lp-policy');
    expect((await put(2025, { published: true, overrides: [] }, policyAdmin).expect(403)).body.code).toBe('forbidden');
    await get(2025, policyAdmin).expect(200);
  });

  it('records every change in the audit log, with the administrator', async () => {
    const response = await t.http.get('/api/audit?subjectType=Calendar&subjectId=2030').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(response.body.entries).toHaveLength(2);
    expect(response.body.entries[0]).toMatchObject({
      action: 'calendar.update',
      actor: { id: 'u-admin', username: 'admin', displayName: '平台管理员' },
      subjectType: 'Calendar',
      subjectId: '2030',
      detail: { year: 2030, published: true, overrides: 1 },
    });
    expect(response.body.entries[0].hashBefore).toBe(response.body.entries[1].hashAfter);
  });
});
