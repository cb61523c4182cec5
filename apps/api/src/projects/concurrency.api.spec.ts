import type { ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, countRows, submitLianping, type Caller } from './project-fixtures.test-helper';

describe('two writers at once', () => {
  let t: TestApp;
  let department: Caller;
  let data: Caller;
  let project: ProjectView;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await callerFor(t, 'lp-dept');
    data = await callerFor(t, 'lp-data');
    project = await submitLianping(department, '80', false);
  });
  afterAll(() => t.close());

  it('records one decision on a step when its body answers twice at the same moment; the other gets 409, never a 500', async () => {
    const before = await countRows(t, 'project_events');
    const answers = await Promise.all([1, 2, 3].map(() => data.post(`/api/projects/${project.id}/steps/initial-review/actions`, { outcome: 'approve' })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    expect(await countRows(t, 'project_events')).toBe(before + 1);
  });

  it('keeps one save of a draft saved twice at once with the same lockVersion', async () => {
    const draft: ProjectView = (await department.post('/api/projects', {}).expect(201)).body;
    const saves = await Promise.all(['甲', '乙'].map((name) => department.put(`/api/projects/${draft.id}`, { formValues: { projectName: name }, factAnswers: {}, lockVersion: 1 })));
    expect(saves.map((save) => save.status).sort()).toEqual([200, 409]);
    const read: ProjectView = (await department.get(`/api/projects/${draft.id}`).expect(200)).body;
    expect(read.lockVersion).toBe(2);
  });
});
