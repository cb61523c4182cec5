import type { PolicyVersionView, PublishResultView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { bearer, dataSource, LIANPING, storedVersion } from './policies.test-helper';

const THRESHOLD_50 = 'amount: "50", unit: 万元, setting: A1 }';
const THRESHOLD_100 = 'amount: "100", unit: 万元, setting: A1 } # 试点：备案制上限提高到100万元';

/** Scenarios for the raised threshold: an 80万 project is now filed, a 120万 one still approved. */
const RAISED_SCENARIOS = `# 备案制上限提高到100万元后的场景
policy: consultation-draft-2.policy.yaml
scenarios:
  - name: 总投资80万元的项目实行备案制（第十二条，试点）
    at: "2025-10-09"
    facts: { totalInvestment: 80万元, involvesCryptography: false }
    expect: { track: filing }
  - name: 总投资120万元的项目实行审批制
    at: "2025-10-09"
    facts: { totalInvestment: 120万元, involvesCryptography: false }
    expect: { track: approval }
`;

/** The story: raise the 备案 threshold, see a scenario fail, fix it, publish, and the new version is in force. */
describe('publishing requires every scenario to pass', () => {
  let t: TestApp;
  let admin: string;
  let draft: PolicyVersionView;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    admin = await t.login('lp-policy');
    draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
    const yaml = draft.yaml.replace(THRESHOLD_50, THRESHOLD_100);
    draft = (await t.http.put(`/api/policy-versions/${draft.id}`).set(bearer(admin)).send({ yaml, lockVersion: draft.lockVersion }).expect(200)).body;
  });
  afterAll(() => t.close());

  const publish = (body: Record<string, unknown>) => t.http.post(`/api/policy-versions/${draft.id}/publish`).set(bearer(admin)).send(body);
  const auditCount = () => dataSource(t).getRepository(AuditEntryEntity).count();
  const period = { effectiveFrom: '2025-10-01', endPrevious: true };

  it('shows the failing scenarios in the dry run, which says it would not publish', async () => {
    const dry = (await publish({ ...period, dryRun: true }).expect(200)).body as PublishResultView;
    expect(dry.published).toBe(false);
    const failing = dry.scenarios.filter((scenario) => scenario.failures.length > 0);
    expect(failing.map((scenario) => scenario.name)).toContain('总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）');
    expect(dry.scenarios.length).toBeGreaterThan(failing.length);
    expect(dry.warnings).toContainEqual(expect.stringMatching(new RegExp(`^${failing.length} 个场景测试未通过（共 ${dry.scenarios.length} 个），不能发布`)));
  });

  it('refuses the publication (422 scenarios-failed), naming each failing scenario with its failures, and changes nothing', async () => {
    const audit = await auditCount();
    const response = await publish(period).expect(422);
    expect(response.body.code).toBe('scenarios-failed');
    expect(response.body.message).toContain('未发布');
    expect(response.body.details).toContainEqual({
      field: expect.stringMatching(/^scenarios\[\d+\]$/),
      scenario: '总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）',
      failures: expect.arrayContaining(['管理方式：期望 "approval"，实际 "filing"']),
      message: expect.stringContaining('场景“总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）”未通过：管理方式：期望 "approval"，实际 "filing"'),
    });
    expect(await storedVersion(t, draft.id)).toMatchObject({ state: 'draft', lockVersion: draft.lockVersion, sourceYaml: draft.yaml });
    expect((await storedVersion(t, LIANPING))?.effectiveTo).toBeNull();
    expect(await auditCount()).toBe(audit);
  });

  it('publishes once the scenarios are updated: in force from its date, the scenarios returned, the dates in the YAML', async () => {
    draft = (
      await t.http.put(`/api/policy-versions/${draft.id}`).set(bearer(admin)).send({ yaml: draft.yaml, scenarios: RAISED_SCENARIOS, lockVersion: draft.lockVersion }).expect(200)
    ).body;
    const result = (await publish({ ...period, lockVersion: draft.lockVersion }).expect(200)).body as PublishResultView;
    expect(result).toMatchObject({ dryRun: false, published: true, effectiveFrom: '2025-10-01' });
    expect(result.scenarios).toEqual([
      { name: '总投资80万元的项目实行备案制（第十二条，试点）', failures: [] },
      { name: '总投资120万元的项目实行审批制', failures: [] },
    ]);
    expect(result.warnings).not.toContainEqual(expect.stringContaining('场景测试'));

    const published = (await t.http.get(`/api/policy-versions/${draft.id}`).set(bearer(admin)).expect(200)).body as PolicyVersionView;
    expect(published).toMatchObject({ state: 'published', scenarios: RAISED_SCENARIOS, contentHash: result.contentHash });
    // The period is written into the text as into the content; the author's comment and the rest stay.
    expect(published.yaml).toContain('\neffective:\n  from: "2025-10-01"\n');
    expect(published.yaml).toContain(THRESHOLD_100);
    expect(published.yaml.split('\n').length).toBe(draft.yaml.split('\n').length + 2);
    const exported = await t.http.get(`/api/policy-versions/${draft.id}/export`).set(bearer(admin)).buffer(true).expect(200);
    expect(exported.text).toBe(published.yaml);

    t.setToday('2025-10-09');
    const department = await t.login('lp-dept');
    expect((await t.http.get('/api/jurisdictions/441623/policy').set(bearer(department)).expect(200)).body.versionId).toBe(draft.id);
    const summary = (await t.http.get('/api/policies').set(bearer(admin)).expect(200)).body
      .flatMap((policy: { versions: Array<{ id: string; inForce: boolean }> }) => policy.versions)
      .find((version: { id: string }) => version.id === draft.id);
    expect(summary.inForce).toBe(true);
  });

  it('allows publishing a version without scenarios, warning that nothing was checked', async () => {
    const copy = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: draft.id }).expect(201)).body as PolicyVersionView;
    const bare = (await t.http.put(`/api/policy-versions/${copy.id}`).set(bearer(admin)).send({ yaml: copy.yaml, scenarios: null, lockVersion: copy.lockVersion }).expect(200)).body;
    const result = (await t.http.post(`/api/policy-versions/${bare.id}/publish`).set(bearer(admin)).send({ effectiveFrom: '2026-01-01', endPrevious: true }).expect(200))
      .body as PublishResultView;
    expect(result).toMatchObject({ published: true, scenarios: [] });
    expect(result.warnings).toContainEqual(expect.stringContaining('此版本没有场景测试'));
  });
});
