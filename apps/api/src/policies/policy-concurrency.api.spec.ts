import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { bearer, LIANPING, storedVersion } from './policies.test-helper';

/** Several policy admins at once: no id given twice, no two overlapping publications, nothing half-written. */
describe('policy versions under concurrent requests', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('lp-policy');
  });
  afterAll(() => t.close());

  const copy = () => t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING });

  it('gives simultaneous copies distinct ids', async () => {
    const responses = await Promise.all([copy(), copy(), copy()]);
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    const ids = responses.map((response) => response.body.id as string).sort();
    expect(ids).toEqual(['lianping-county-it-projects:v2', 'lianping-county-it-projects:v3', 'lianping-county-it-projects:v4']);
  });

  it('publishes only one of two overlapping drafts published at the same moment', async () => {
    const [a, b] = (await Promise.all([copy(), copy()])).map((response) => response.body.id as string);
    const publish = (id: string) =>
      t.http.post(`/api/policy-versions/${id}/publish`).set(bearer(admin)).send({ effectiveFrom: '2026-01-01', endPrevious: true });
    const responses = await Promise.all([publish(a!), publish(b!)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const states = await Promise.all([storedVersion(t, a!), storedVersion(t, b!)]);
    expect(states.map((version) => version?.state).sort()).toEqual(['draft', 'published']);
    expect((await storedVersion(t, LIANPING))?.effectiveTo).toBe('2025-12-31');
  });
});
