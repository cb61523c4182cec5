import type { ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, submitLianping, type Caller } from '../projects/project-fixtures.test-helper';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

const dueOn = (project: ProjectView, id: string) =>
  project.report!.steps.find((step) => step.id === id)?.deadline?.dueOn ?? null;

/**
 * A correction of the official calendar reaches the due dates of projects already running, without a restart: the
 * runtime keeps nothing computed from an earlier calendar (its per-document caches hold only calendar-free parts).
 */
describe('calendar corrections and running projects', () => {
  let t: TestApp;
  let department: Caller;
  let admin: Caller;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-26');
    department = await callerFor(t, 'lp-dept');
    admin = await callerFor(t, 'admin');
  });
  afterAll(() => t.close());

  it('moves a due date when the day it fell on becomes a holiday, and back when the override is removed', async () => {
    const submitted = await submitLianping(department, '80', true);
    expect(dueOn(submitted, 'crypto-review')).toBe('2025-10-10');

    await admin.put('/api/calendar/2025', { published: true, overrides: [{ day: '2025-10-10', working: false, note: '临时放假（测试）' }] }).expect(200);
    const moved: ProjectView = (await department.get(`/api/projects/${submitted.id}`).expect(200)).body;
    // Friday 10-10 is off now: the fifth working day is Saturday 10-11, a 调休 working day.
    expect(dueOn(moved, 'crypto-review')).toBe('2025-10-11');

    await admin.put('/api/calendar/2025', { published: true, overrides: [] }).expect(200);
    const restored: ProjectView = (await department.get(`/api/projects/${submitted.id}`).expect(200)).body;
    expect(dueOn(restored, 'crypto-review')).toBe('2025-10-10');
  });
});
