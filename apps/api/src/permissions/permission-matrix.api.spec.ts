import type { ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lianpingAnswers, lianpingForm } from '../projects/project-fixtures.test-helper';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { answersFor } from './fact-answers.test-helper';

/**
 * Every role × every endpoint × own and another jurisdiction, with the exact status, and no foreign row in any
 * list. Writes that a role may make are sent so that they are refused *after* the permission check (a stale lock
 * version, a step that is not active, a dry run …), so the matrix changes nothing and a 409 proves the way through.
 */
const ACTORS = ['anonymous', 'admin', 'lp-policy', 'dsq-policy', 'lp-dept', 'dsq-dept', 'lp-crypto', 'dsq-crypto', 'gd-observer', 'ln-observer'] as const;
type ActorName = (typeof ACTORS)[number];

const LIANPING = '441623-lianping:consultation-draft-2';
const DASHIQIAO = '210882-dashiqiao:interim-2025';

interface Fixtures {
  /** A submitted 连平 project (80万元, cryptography) and a submitted 大石桥 project. */
  lp: ProjectView;
  dsq: ProjectView;
  /** A draft version of each policy. */
  lpDraft: string;
  dsqDraft: string;
  /** The 连平 draft's content and its YAML text, valid, to save with a stale lock version. */
  lpDraftContent: object;
  lpDraftYaml: string;
}

interface Cell {
  method: 'get' | 'post' | 'put' | 'delete';
  path: (f: Fixtures) => string;
  body?: (f: Fixtures) => object;
  /** Expected status per actor; `others` for everyone not named. Anonymous is always 401 unless named. */
  expect: Partial<Record<ActorName | 'others', number>>;
}

const READ_ALL_SIGNED_IN = { anonymous: 401, others: 200 };
const lpProjectReaders = { admin: 200, 'lp-dept': 200, 'lp-crypto': 200, 'gd-observer': 200, 'dsq-dept': 404, 'dsq-crypto': 404, 'ln-observer': 404, 'lp-policy': 403, 'dsq-policy': 403 };
const lpDraftReaders = { admin: 200, 'lp-policy': 200, 'gd-observer': 200, others: 404 };

const ENDPOINTS: Record<string, Cell> = {
  'GET /api/health': { method: 'get', path: () => '/api/health', expect: { anonymous: 200, others: 200 } },
  'GET /api/me': { method: 'get', path: () => '/api/me', expect: READ_ALL_SIGNED_IN },
  'GET /api/jurisdictions': { method: 'get', path: () => '/api/jurisdictions', expect: READ_ALL_SIGNED_IN },
  'GET /api/organisations': {
    method: 'get',
    path: () => '/api/organisations',
    expect: { admin: 200, 'lp-policy': 200, 'dsq-policy': 200, 'gd-observer': 200, 'ln-observer': 200, others: 403 },
  },
  'GET /api/calendar/2025': { method: 'get', path: () => '/api/calendar/2025', expect: READ_ALL_SIGNED_IN },
  'PUT /api/calendar/2031': {
    method: 'put',
    path: () => '/api/calendar/2031',
    body: () => ({ published: false, overrides: [] }),
    expect: { admin: 200, others: 403 },
  },
  'GET /api/audit': { method: 'get', path: () => '/api/audit', expect: { admin: 200, others: 403 } },
  'GET /api/audit/verify': { method: 'get', path: () => '/api/audit/verify', expect: { admin: 200, others: 403 } },

  // Policies: published versions are public to the signed-in; drafts to their authors, the province and admins.
  'GET /api/policies': { method: 'get', path: () => '/api/policies', expect: READ_ALL_SIGNED_IN },
  'GET /api/jurisdictions/441623/policy': { method: 'get', path: () => '/api/jurisdictions/441623/policy', expect: READ_ALL_SIGNED_IN },
  'GET published version': { method: 'get', path: () => `/api/policy-versions/${LIANPING}`, expect: READ_ALL_SIGNED_IN },
  'GET own draft version': { method: 'get', path: (f) => `/api/policy-versions/${f.lpDraft}`, expect: { anonymous: 401, ...lpDraftReaders } },
  'GET draft export': { method: 'get', path: (f) => `/api/policy-versions/${f.lpDraft}/export`, expect: { anonymous: 401, ...lpDraftReaders } },
  'GET draft diff': {
    method: 'get',
    path: (f) => `/api/policy-versions/${f.lpDraft}/diff?against=${LIANPING}`,
    expect: { anonymous: 401, ...lpDraftReaders },
  },
  'POST copy a version': {
    method: 'post',
    path: () => '/api/policy-versions',
    body: () => ({ basedOn: DASHIQIAO }),
    expect: { admin: 201, 'dsq-policy': 201, 'lp-policy': 403, others: 403 },
  },
  'PUT draft (stale lock)': {
    method: 'put',
    path: (f) => `/api/policy-versions/${f.lpDraft}`,
    body: (f) => ({ content: f.lpDraftContent, lockVersion: 999 }),
    expect: { admin: 409, 'lp-policy': 409, 'dsq-policy': 404, others: 403 },
  },
  'POST draft scenario-runs': {
    method: 'post',
    path: (f) => `/api/policy-versions/${f.lpDraft}/scenario-runs`,
    expect: { anonymous: 401, ...lpDraftReaders },
  },
  'POST published scenario-runs': { method: 'post', path: () => `/api/policy-versions/${LIANPING}/scenario-runs`, expect: READ_ALL_SIGNED_IN },
  'PUT draft as YAML (stale lock)': {
    method: 'put',
    path: (f) => `/api/policy-versions/${f.lpDraft}`,
    body: (f) => ({ yaml: f.lpDraftYaml, lockVersion: 999 }),
    expect: { admin: 409, 'lp-policy': 409, 'dsq-policy': 404, others: 403 },
  },
  'POST publish (dry run)': {
    method: 'post',
    path: (f) => `/api/policy-versions/${f.lpDraft}/publish`,
    body: () => ({ effectiveFrom: '2026-01-01', dryRun: true, endPrevious: true }),
    expect: { admin: 200, 'lp-policy': 200, 'dsq-policy': 404, others: 403 },
  },
  'DELETE published version': {
    method: 'delete',
    path: () => `/api/policy-versions/${LIANPING}`,
    expect: { admin: 409, 'lp-policy': 409, 'dsq-policy': 403, others: 403 },
  },

  // Projects: a department its organisation's, a reviewer its jurisdiction's, an observer its province's.
  'GET /api/projects/:id': { method: 'get', path: (f) => `/api/projects/${f.lp.id}`, expect: { anonymous: 401, ...lpProjectReaders } },
  'GET reports': { method: 'get', path: (f) => `/api/projects/${f.lp.id}/reports`, expect: { anonymous: 401, ...lpProjectReaders } },
  'GET events': { method: 'get', path: (f) => `/api/projects/${f.lp.id}/events`, expect: { anonymous: 401, ...lpProjectReaders } },
  'GET changes': { method: 'get', path: (f) => `/api/projects/${f.lp.id}/changes`, expect: { anonymous: 401, ...lpProjectReaders } },
  'GET attachments': { method: 'get', path: (f) => `/api/projects/${f.lp.id}/attachments`, expect: { anonymous: 401, ...lpProjectReaders } },
  'POST create a project draft': {
    method: 'post',
    path: () => '/api/projects',
    body: () => ({ formValues: {}, factAnswers: {} }),
    expect: { admin: 403, 'lp-dept': 201, 'dsq-dept': 201, others: 403 },
  },
  'PUT project (submitted)': {
    method: 'put',
    path: (f) => `/api/projects/${f.lp.id}`,
    body: (f) => ({ formValues: {}, factAnswers: {}, lockVersion: f.lp.lockVersion }),
    expect: { admin: 409, 'lp-dept': 409, 'dsq-dept': 404, others: 403 },
  },
  'POST submit (already submitted)': {
    method: 'post',
    path: (f) => `/api/projects/${f.lp.id}/submit`,
    body: (f) => ({ lockVersion: f.lp.lockVersion }),
    expect: { admin: 409, 'lp-dept': 409, 'dsq-dept': 404, others: 403 },
  },
  'POST step action (step not active)': {
    method: 'post',
    path: (f) => `/api/projects/${f.lp.id}/steps/funding-review/actions`,
    body: () => ({ outcome: 'approve' }),
    expect: { admin: 409, 'lp-crypto': 403, 'dsq-crypto': 404, others: 403 },
  },
  'POST step action (own body, active)': {
    method: 'post',
    path: (f) => `/api/projects/${f.lp.id}/steps/crypto-review/actions`,
    body: () => ({ outcome: 'return' }),
    // A return without its reason: refused after the permission check (400) for the crypto bureau only.
    expect: { admin: 400, 'lp-crypto': 400, 'dsq-crypto': 404, others: 403 },
  },
  'POST change check (no record)': {
    method: 'post',
    path: (f) => `/api/projects/${f.lp.id}/changes/check`,
    body: () => ({ changedAmount: '1万元' }),
    expect: { admin: 200, 'lp-dept': 200, 'dsq-dept': 404, others: 403 },
  },
  'DELETE attachment (submitted project)': {
    method: 'delete',
    path: (f) => `/api/projects/${f.lp.id}/attachments/00000000-0000-4000-8000-000000000000`,
    expect: { admin: 409, 'lp-dept': 409, 'dsq-dept': 404, others: 403 },
  },
  // Comparisons: the published policies for everyone signed in; a draft (by id) only for those who may read it.
  'GET /api/comparisons/matrix': {
    method: 'get',
    path: () => '/api/comparisons/matrix?jurisdictions=441623,371702,141023,210882,360000',
    expect: READ_ALL_SIGNED_IN,
  },
  'GET comparison with a draft': {
    method: 'get',
    path: (f) => `/api/comparisons/matrix?versions=${encodeURIComponent(`${LIANPING},${f.lpDraft}`)}`,
    expect: { anonymous: 401, ...lpDraftReaders },
  },
  'GET /api/comparisons/matrix.xlsx': {
    method: 'get',
    path: () => '/api/comparisons/matrix.xlsx?jurisdictions=441623,210882',
    expect: READ_ALL_SIGNED_IN,
  },
  'POST /api/comparisons/outcomes': {
    method: 'post',
    path: () => '/api/comparisons/outcomes',
    body: () => ({ jurisdictions: ['441623', '210882'], project: { facts: { totalInvestment: '80万元' } } }),
    expect: READ_ALL_SIGNED_IN,
  },
  'POST outcomes.xlsx with a draft': {
    method: 'post',
    path: () => '/api/comparisons/outcomes.xlsx',
    body: (f) => ({ versions: [f.lpDraft, DASHIQIAO], project: { facts: { totalInvestment: '80万元' } } }),
    expect: { anonymous: 401, ...lpDraftReaders },
  },
  'GET /api/inbox': { method: 'get', path: () => '/api/inbox', expect: { admin: 200, 'lp-crypto': 200, 'dsq-crypto': 200, others: 403 } },
};

describe('permission matrix: every role × every endpoint', () => {
  let t: TestApp;
  let f: Fixtures;
  const tokens = new Map<ActorName, string>();

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-26');
    for (const actor of ACTORS) if (actor !== 'anonymous') tokens.set(actor, await t.login(actor));
    const as = (actor: ActorName) => ({ Authorization: `Bearer ${tokens.get(actor)}` });
    const lp = await t.http
      .post('/api/projects')
      .set(as('lp-dept'))
      .send({ formValues: lianpingForm('80'), factAnswers: lianpingAnswers(true), submit: true })
      .expect(201);
    // 大石桥市 defines no application form: its departments submit through the generated one.
    const dsqPolicy = (await t.http.get('/api/jurisdictions/210882/policy').set(as('dsq-dept')).expect(200)).body;
    const dsq = await t.http
      .post('/api/projects')
      .set(as('dsq-dept'))
      .send({ formValues: { projectName: '大石桥市政务云迁移' }, factAnswers: answersFor(dsqPolicy.factQuestions), submit: true });
    expect(dsq.status, JSON.stringify(dsq.body)).toBe(201);
    const lpDraft = await t.http.post('/api/policy-versions').set(as('lp-policy')).send({ basedOn: LIANPING }).expect(201);
    const dsqDraft = await t.http.post('/api/policy-versions').set(as('dsq-policy')).send({ basedOn: DASHIQIAO }).expect(201);
    f = { lp: lp.body, dsq: dsq.body, lpDraft: lpDraft.body.id, dsqDraft: dsqDraft.body.id, lpDraftContent: lpDraft.body.content, lpDraftYaml: lpDraft.body.yaml };
  });
  afterAll(() => t.close());

  it.each(Object.entries(ENDPOINTS))('%s', async (_name, cell) => {
    const got: Record<string, number> = {};
    const wanted: Record<string, number> = {};
    for (const actor of ACTORS) {
      let request = t.http[cell.method](cell.path(f));
      if (actor !== 'anonymous') request = request.set('Authorization', `Bearer ${tokens.get(actor)}`);
      const response = cell.body ? await request.send(cell.body(f)) : await request;
      got[actor] = response.status;
      wanted[actor] = cell.expect[actor] ?? (actor === 'anonymous' ? 401 : cell.expect.others!);
      if (response.status >= 400) expect(response.body, `${actor}: the common error shape`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(got).toEqual(wanted);
  });

  it('never lists a foreign project', async () => {
    const listed = async (actor: ActorName) =>
      ((await t.http.get('/api/projects').set('Authorization', `Bearer ${tokens.get(actor)}`).expect(200)).body as ProjectView[])
        .filter((project) => project.state === 'submitted')
        .map((project) => project.id)
        .sort();
    const both = [f.lp.id, f.dsq.id].sort();
    expect(await listed('admin')).toEqual(both);
    expect(await listed('lp-dept')).toEqual([f.lp.id]);
    expect(await listed('dsq-dept')).toEqual([f.dsq.id]);
    expect(await listed('lp-crypto')).toEqual([f.lp.id]);
    expect(await listed('dsq-crypto')).toEqual([f.dsq.id]);
    expect(await listed('gd-observer')).toEqual([f.lp.id]);
    expect(await listed('ln-observer')).toEqual([f.dsq.id]);
    await t.http.get('/api/projects').set('Authorization', `Bearer ${tokens.get('lp-policy')}`).expect(403);
  });

  it('never lists a foreign draft version', async () => {
    const drafts = async (actor: ActorName) => {
      const policies = (await t.http.get('/api/policies').set('Authorization', `Bearer ${tokens.get(actor)}`).expect(200)).body as Array<{
        versions: Array<{ id: string; state: string }>;
      }>;
      return policies.flatMap((policy) => policy.versions).filter((version) => version.state === 'draft').map((version) => version.id).sort();
    };
    expect(await drafts('lp-policy')).toEqual([f.lpDraft]);
    expect(await drafts('dsq-policy')).toEqual(expect.arrayContaining([f.dsqDraft]));
    expect(await drafts('dsq-policy')).not.toContain(f.lpDraft);
    expect(await drafts('gd-observer')).toEqual([f.lpDraft]);
    expect(await drafts('lp-dept')).toEqual([]);
    expect(await drafts('lp-crypto')).toEqual([]);
  });

  it('never lists a foreign inbox item', async () => {
    const inbox = async (actor: ActorName) =>
      JSON.stringify((await t.http.get('/api/inbox').set('Authorization', `Bearer ${tokens.get(actor)}`).expect(200)).body);
    expect(await inbox('lp-crypto')).toContain(f.lp.id);
    expect(await inbox('dsq-crypto')).not.toContain(f.lp.id);
  });
});
