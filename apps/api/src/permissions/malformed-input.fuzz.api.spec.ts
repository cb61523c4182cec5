import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lianpingAnswers, lianpingForm } from '../projects/project-fixtures.test-helper';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

const TABLES = ['policies', 'policy_versions', 'projects', 'project_events', 'decision_reports', 'attachments', 'audit_log'] as const;

/** JSON values of every shape, with the strings a careless or hostile client sends. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '\u0000', '0', '-1', '1e309', 'NaN', '30.001', '９９万元', '{{1+1}}', '<script>', "'; DROP TABLE projects; --", '../../etc/passwd', 'a'.repeat(5000)),
);
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A valid submission with one field replaced, removed or retyped: close enough to pass the first checks. */
const mutatedSubmission = fc
  .record({
    target: fc.constantFrom('formValues', 'factAnswers', 'root'),
    key: fc.constantFrom('totalInvestment', 'projectName', 'plannedStart', 'fundingPlan', 'involvesCryptography', 'classified', 'submit', 'policyVersionId', 'unknown'),
    value: fc.option(hostileJson, { nil: undefined }),
  })
  .map(({ target, key, value }) => {
    const body: Record<string, unknown> = { formValues: lianpingForm('80'), factAnswers: lianpingAnswers(true), submit: true };
    const holder = target === 'root' ? body : (body[target] as Record<string, unknown>);
    if (value === undefined) delete holder[key];
    else holder[key] = value;
    return body;
  });

/** A seed policy's YAML with a slice cut out, a slice duplicated or characters replaced. */
function mutatedYaml(yaml: string): fc.Arbitrary<string> {
  const lines = yaml.split('\n');
  return fc
    .record({
      at: fc.nat({ max: lines.length - 1 }),
      length: fc.integer({ min: 1, max: 12 }),
      how: fc.constantFrom('cut', 'duplicate', 'garble', 'indent'),
      junk: hostileString,
    })
    .map(({ at, length, how, junk }) => {
      const copy = [...lines];
      if (how === 'cut') copy.splice(at, length);
      else if (how === 'duplicate') copy.splice(at, 0, ...copy.slice(at, at + length));
      else if (how === 'indent') copy[at] = ` ${copy[at]}`;
      else copy[at] = `${copy[at]?.slice(0, length) ?? ''}${junk}`;
      return copy.join('\n');
    });
}

describe('malformed input (fuzz): only 4xx, nothing stored', () => {
  let t: TestApp;
  let department: string;
  let admin: string;
  let lianpingYaml: string;
  const counts = async () => {
    const data = t.app.get(DataSource);
    const result: Record<string, number> = {};
    for (const table of TABLES) result[table] = Number((await data.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    result['submitted'] = await submitted();
    return result;
  };
  const submitted = async () =>
    Number((await t.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM projects WHERE state = 'submitted'`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-26');
    department = await t.login('lp-dept');
    admin = await t.login('lp-policy');
    lianpingYaml = readFileSync(join(t.config.policiesDir, '441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');
  });
  afterAll(() => t.close());

  it('project submission: arbitrary JSON bodies and mutated valid submissions', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson, mutatedSubmission), async (body) => {
        const response = await t.http
          .post('/api/projects')
          .set('Authorization', `Bearer ${department}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body) ?? 'null');
        // A mutation may leave a valid submission (e.g. an unknown key in factAnswers is refused, a harmless one is not).
        if (response.status === 201) return;
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
        expect(response.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150, seed: 20261122 },
    );
    const after = await counts();
    // Whatever was accepted was a whole draft or a whole submission (a project with its event and report), never a part.
    const accepted = (await submitted()) - before['submitted']!;
    expect(after['project_events']! - before['project_events']!).toBe(accepted);
    expect(after['decision_reports']! - before['decision_reports']!).toBe(accepted);
    expect(after['policy_versions']).toBe(before['policy_versions']);
  });

  it('project submission: raw bodies that are not JSON at all', async () => {
    const before = await counts();
    let drafts = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (raw, type) => {
        const response = await t.http.post('/api/projects').set('Authorization', `Bearer ${department}`).set('Content-Type', type).send(raw);
        // No body at all (or one the parser does not read) is a request for an empty draft.
        if (response.status === 201 && response.body.state === 'draft' && Object.keys(response.body.formValues).length === 0) {
          drafts += 1;
          return;
        }
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 20261122 },
    );
    const after = await counts();
    expect(after['projects']! - before['projects']!).toBe(drafts);
    expect(after['project_events']).toBe(before['project_events']);
    expect(after['decision_reports']).toBe(before['decision_reports']);
  });

  it('policy import: arbitrary JSON, arbitrary text and mutated seed YAML', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileJson,
          hostileString.map((yaml) => ({ yaml })),
          mutatedYaml(lianpingYaml).map((yaml) => ({ yaml, fileName: 'fuzz.policy.yaml' })),
        ),
        async (body) => {
          const response = await t.http
            .post('/api/policy-versions/import')
            .set('Authorization', `Bearer ${admin}`)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body) ?? 'null');
          if (response.status === 201) {
            // A mutation that is still a valid document (a duplicated comment line …) is imported as a draft: fine.
            expect(response.body.state).toBe('draft');
            return;
          }
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          expect(response.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        },
      ),
      { numRuns: 120, seed: 20261122 },
    );
    const after = await counts();
    // Only whole drafts were stored: each with its audit entry; no project touched.
    const drafts = after['policy_versions']! - before['policy_versions']!;
    expect(after['audit_log']! - before['audit_log']!).toBe(drafts);
    expect(after['projects']).toBe(before['projects']);
  });
});
