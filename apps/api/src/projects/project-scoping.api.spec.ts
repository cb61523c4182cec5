import type { ProjectView } from '@banfa/api-contract';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyVersionEntity, ProjectEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { addDepartment, callerFor, countRows, lianpingAnswers, lianpingForm, submitLianping, type Caller } from './project-fixtures.test-helper';
import { asRow } from './query-row';

/** Lists are filtered in the query: never a row of another organisation, jurisdiction or province. */
describe('who sees which project', () => {
  let t: TestApp;
  let education: Caller;
  let health: Caller;
  const ids: Record<string, string> = {};

  const listed = async (caller: Caller) => ((await caller.get('/api/projects').expect(200)).body as ProjectView[]).map((project) => project.id).sort();
  const named = (...names: string[]) => names.map((name) => ids[name]).sort();

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    await addDepartment(t, { username: 'lp-health', organisationId: 'lp-health-bureau', organisationName: '连平县卫生健康局', jurisdictionCode: '441623' });
    education = await callerFor(t, 'lp-dept');
    health = await callerFor(t, 'lp-health');
    ids['education'] = (await submitLianping(education, '80', true, '教育局项目')).id;
    ids['educationDraft'] = (await education.post('/api/projects', { formValues: { projectName: '教育局草稿' } }).expect(201)).body.id;
    ids['health'] = (await submitLianping(health, '30', false, '卫健局项目')).id;
    ids['healthDraft'] = (await health.post('/api/projects', {}).expect(201)).body.id;
    // A submitted project in 辽宁 (大石桥市), written directly: its policy has no application form to submit through.
    const data = t.app.get(DataSource);
    const version = await data.getRepository(PolicyVersionEntity).findOneByOrFail({ jurisdictionCode: '210882' });
    ids['dashiqiao'] = randomUUID();
    await data.getRepository(ProjectEntity).insert(
      asRow<ProjectEntity>({
        id: ids['dashiqiao'],
        policyVersionId: version.id,
        organisationId: 'dsq-education-bureau',
        jurisdictionCode: '210882',
        provinceCode: '210000',
        state: 'submitted',
        lockVersion: 1,
        name: '大石桥市项目',
        totalInvestmentFen: null,
        formValues: {},
        factAnswers: {},
        facts: {},
        trackId: null,
        report: null,
        reportPolicyHash: null,
        submittedOn: '2025-09-01',
        createdBy: null,
        createdAt: '2025-09-01T00:00:00.000Z',
        updatedAt: null,
      }),
    );
  });
  afterAll(() => t.close());

  it('shows a department its own organisation’s projects, drafts included, and nothing else', async () => {
    expect(await listed(education)).toEqual(named('education', 'educationDraft'));
    expect(await listed(health)).toEqual(named('health', 'healthDraft'));
  });

  it('answers 404 for another organisation’s project, whatever the department tries', async () => {
    const other = ids['health']!;
    for (const path of ['', '/reports', '/events', '/changes', '/attachments']) await education.get(`/api/projects/${other}${path}`).expect(404);
    await education.put(`/api/projects/${ids['healthDraft']}`, { formValues: {}, factAnswers: {}, lockVersion: 1 }).expect(404);
    await education.post(`/api/projects/${ids['healthDraft']}/submit`, { lockVersion: 1 }).expect(404);
    await education.post(`/api/projects/${other}/events`, { kind: 'goLive', on: '2025-09-30' }).expect(404);
    await education.post(`/api/projects/${other}/changes`, { lines: [{ old: '1万元', new: '2万元' }] }).expect(404);
  });

  it('shows a reviewer the submitted projects of its jurisdiction, an observer those of its province, an admin all', async () => {
    expect(await listed(await callerFor(t, 'lp-data'))).toEqual(named('education', 'health'));
    expect(await listed(await callerFor(t, 'gd-observer'))).toEqual(named('education', 'health'));
    expect(await listed(await callerFor(t, 'ln-observer'))).toEqual(named('dashiqiao'));
    expect(await listed(await callerFor(t, 'dsq-data'))).toEqual(named('dashiqiao'));
    expect(await listed(await callerFor(t, 'admin'))).toEqual(named('education', 'educationDraft', 'health', 'healthDraft', 'dashiqiao'));
    await (await callerFor(t, 'dsq-data')).get(`/api/projects/${ids['education']}`).expect(404);
    await (await callerFor(t, 'ln-observer')).get(`/api/projects/${ids['education']}`).expect(404);
    // A policy admin authors policies; projects are not theirs to read.
    await (await callerFor(t, 'lp-policy')).get('/api/projects').expect(403);
  });

  it('lets an observer read everything in its province and write nothing (403), storing nothing', async () => {
    const observer = await callerFor(t, 'gd-observer');
    const id = ids['education']!;
    const read: ProjectView = (await observer.get(`/api/projects/${id}`).expect(200)).body;
    expect(read.report?.track?.id).toBe('approval');
    for (const path of ['/reports', '/events', '/changes', '/attachments']) await observer.get(`/api/projects/${id}${path}`).expect(200);
    const before = await Promise.all((['projects', 'project_events', 'decision_reports', 'attachments', 'audit_log'] as const).map((table) => countRows(t, table)));
    const writes = [
      observer.post('/api/projects', { formValues: lianpingForm('30'), factAnswers: lianpingAnswers(false), submit: true }),
      observer.put(`/api/projects/${id}`, { formValues: {}, factAnswers: {}, lockVersion: 1 }),
      observer.post(`/api/projects/${id}/submit`, { lockVersion: 1 }),
      observer.post(`/api/projects/${id}/events`, { kind: 'goLive', on: '2025-09-30' }),
      observer.post(`/api/projects/${id}/steps/crypto-review/actions`, { outcome: 'approve' }),
      observer.post(`/api/projects/${id}/changes`, { lines: [{ old: '1万元', new: '2万元' }] }),
      observer.post(`/api/projects/${id}/changes/any/decisions`, { outcome: 'approve' }),
      t.http.post(`/api/projects/${id}/attachments`).set('Authorization', `Bearer ${observer.token}`).field('requirementId', 'project-plan').attach('file', Buffer.from('%PDF-1.7\n'), '方案.pdf'),
    ];
    for (const write of writes) expect((await write.expect(403)).body.code).toBe('forbidden');
    await observer.get('/api/inbox').expect(403);
    const after = await Promise.all((['projects', 'project_events', 'decision_reports', 'attachments', 'audit_log'] as const).map((table) => countRows(t, table)));
    expect(after).toEqual(before);
  });
});
