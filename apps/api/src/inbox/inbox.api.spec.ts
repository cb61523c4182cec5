import type { InboxItem } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, submitLianping, type Caller } from '../projects/project-fixtures.test-helper';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

describe('the review bodies’ inbox', () => {
  let t: TestApp;
  let department: Caller;
  const summary = (items: InboxItem[]) => items.map((item) => [item.project.name, item.step?.id, item.dueOn, item.workingDaysLeft, item.overdue, item.citeText]);
  const inboxOf = async (username: string): Promise<InboxItem[]> => (await (await callerFor(t, username)).get('/api/inbox').expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    department = await callerFor(t, 'lp-dept');
    t.setToday('2025-09-26');
    await submitLianping(department, '80', false, '甲项目（9月26日申报）');
    t.setToday('2025-09-30');
    await submitLianping(department, '80', false, '乙项目（9月30日申报）');
    await submitLianping(department, '80', true, '丙项目（涉及密码应用）');
    await submitLianping(department, '30', false, '丁项目（备案制）');
    await department.post('/api/projects', { formValues: { projectName: '戊项目（草稿）' } }).expect(201);
    t.setToday('2025-10-13');
  });
  afterAll(() => t.close());

  it('lists the data bureau’s active steps, soonest due first, then those without a deadline', async () => {
    expect(summary(await inboxOf('lp-data'))).toEqual([
      // 10 working days from 09-26: Sunday 09-28 works, 国庆 10-01..10-08 does not, Saturday 10-11 works.
      ['甲项目（9月26日申报）', 'initial-review', '2025-10-16', 3, false, '第十一条第（四）项'],
      ['乙项目（9月30日申报）', 'initial-review', '2025-10-21', 6, false, '第十一条第（四）项'],
      // 备案审核 (第十二条) has no period in the regulation.
      ['丁项目（备案制）', 'filing-review', null, null, false, '第十二条'],
    ]);
  });

  it('shows each body only its own steps, and marks what is overdue', async () => {
    expect(summary(await inboxOf('lp-crypto'))).toEqual([['丙项目（涉及密码应用）', 'crypto-review', '2025-10-14', 1, false, '第十一条第（二）项']]);
    expect(await inboxOf('lp-finance')).toEqual([]);
    t.setToday('2025-10-17');
    const late = await inboxOf('lp-data');
    expect(summary(late)[0]).toEqual(['甲项目（9月26日申报）', 'initial-review', '2025-10-16', -1, true, '第十一条第（四）项']);
    expect(late[0]?.step?.state).toBe('overdue');
  });

  it('gives a platform admin every body’s work and a reviewer elsewhere nothing of 连平', async () => {
    const all = await inboxOf('admin');
    expect(all.map((item) => `${item.body.catalogueKey}:${item.step?.id}`).sort()).toEqual([
      'crypto-bureau:crypto-review',
      'data-bureau:filing-review',
      'data-bureau:initial-review',
      'data-bureau:initial-review',
    ]);
    expect(await inboxOf('dsq-data')).toEqual([]);
  });

  it('is for review bodies only: departments, observers and policy admins get 403', async () => {
    for (const username of ['lp-dept', 'gd-observer', 'lp-policy']) {
      const response = await (await callerFor(t, username)).get('/api/inbox').expect(403);
      expect(response.body.code).toBe('forbidden');
    }
  });
});
