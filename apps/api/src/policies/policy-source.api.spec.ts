import type { PolicyVersionView } from '@banfa/api-contract';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { auditActions, bearer, LIANPING, storedVersion } from './policies.test-helper';

const ROOT = resolve(__dirname, '../../../..');
const seedFile = (name: string) => readFileSync(join(ROOT, 'policies/441623-lianping', name), 'utf8');
const THRESHOLD_50 = 'amount: "50", unit: 万元, setting: A1 }';
const THRESHOLD_100 = 'amount: "100", unit: 万元, setting: A1 }';

/** The studio edits a version as YAML text with its scenario file: both are stored as written, checked like files. */
describe('a version’s YAML text and scenario tests', () => {
  let t: TestApp;
  let admin: string;
  let draft: PolicyVersionView;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    admin = await t.login('lp-policy');
  });
  afterAll(() => t.close());

  const get = async (id: string): Promise<PolicyVersionView> => (await t.http.get(`/api/policy-versions/${id}`).set(bearer(admin)).expect(200)).body;
  const put = (id: string, body: Record<string, unknown>) => t.http.put(`/api/policy-versions/${id}`).set(bearer(admin)).send(body);
  const runs = (id: string, token = admin) => t.http.post(`/api/policy-versions/${id}/scenario-runs`).set(bearer(token));

  it('serves a seeded version with its file as written and the scenario file beside it', async () => {
    const seeded = await get(LIANPING);
    expect(seeded.yaml).toBe(seedFile('consultation-draft-2.policy.yaml'));
    expect(seeded.scenarios).toBe(seedFile('consultation-draft-2.scenarios.yaml'));
  });

  it('copies the text and the scenarios into a new draft', async () => {
    const base = await get(LIANPING);
    draft = (await t.http.post('/api/policy-versions').set(bearer(admin)).send({ basedOn: LIANPING }).expect(201)).body;
    expect(draft).toMatchObject({ state: 'draft', yaml: base.yaml, scenarios: base.scenarios, contentHash: base.contentHash });
  });

  it('runs the stored scenarios on the server: all of the seed’s pass, in file order, for anyone who may read it', async () => {
    const results = (await runs(draft.id).expect(200)).body as Array<{ name: string; failures: string[] }>;
    const names = [...seedFile('consultation-draft-2.scenarios.yaml').matchAll(/^ {2}- name: (.+)$/gm)].map((match) => match[1]);
    expect(results.map((result) => result.name)).toEqual(names);
    expect(results.filter((result) => result.failures.length > 0)).toEqual([]);
    const observer = await t.login('gd-observer');
    await runs(draft.id, observer).expect(200);
    await runs(draft.id, await t.login('dsq-policy')).expect(404);
  });

  it('keeps a YAML save as written, comments included, and answers with the parsed content', async () => {
    const yaml = draft.yaml.replace(THRESHOLD_50, `${THRESHOLD_100} # 试点：备案制上限提高到100万元`);
    const saved = (await put(draft.id, { yaml, lockVersion: draft.lockVersion }).expect(200)).body as PolicyVersionView;
    expect(saved.lockVersion).toBe(draft.lockVersion + 1);
    expect(saved.yaml).toBe(yaml);
    expect(saved.scenarios).toBe(draft.scenarios);
    expect(JSON.stringify(saved.content.tracks)).toContain('"amount":"100"');
    expect((await get(draft.id)).yaml).toBe(yaml);
    const exported = await t.http.get(`/api/policy-versions/${draft.id}/export`).set(bearer(admin)).buffer(true).expect(200);
    expect(exported.text).toBe(yaml);
    draft = saved;
  });

  it('shows the 80万 scenario failing once the threshold moves, naming what it expected', async () => {
    const results = (await runs(draft.id).expect(200)).body as Array<{ name: string; failures: string[] }>;
    const crypto = results.find((result) => result.name.startsWith('总投资80万元、涉及密码应用'));
    expect(crypto?.failures).toContainEqual('管理方式：期望 "approval"，实际 "filing"');
  });

  it('rewrites the stored text from a save of content, keeping the author’s comment and the rest of the layout', async () => {
    const content = structuredClone(draft.content);
    content.versionLabel = '二次征求意见稿（试点修订）';
    const saved = (await put(draft.id, { content, lockVersion: draft.lockVersion }).expect(200)).body as PolicyVersionView;
    expect(saved.yaml).toContain('# 试点：备案制上限提高到100万元');
    const before = draft.yaml.split('\n');
    const after = saved.yaml.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual(['versionLabel: 二次征求意见稿（试点修订）']);
    draft = saved;
  });

  it('refuses invalid YAML with each issue’s field path and line:col, storing nothing', async () => {
    const lines = draft.yaml.split('\n');
    const index = lines.findIndex((line) => /^\s+body: data-bureau$/.test(line));
    lines[index] = lines[index]!.replace('data-bureau', 'nowhere-bureau');
    const response = await put(draft.id, { yaml: lines.join('\n'), lockVersion: draft.lockVersion }).expect(422);
    expect(response.body.code).toBe('policy-invalid');
    const detail = response.body.details.find((d: { message: string }) => d.message.includes('nowhere-bureau'));
    expect(detail).toMatchObject({ field: expect.stringMatching(/^yaml\.stages\[\d+\]\.steps\[\d+\]\.body$/), line: index + 1, column: expect.any(Number) });
    expect(detail.message).toMatch(new RegExp(`^第 ${index + 1} 行第 \\d+ 列：未定义的审查机构`));

    const syntax = await put(draft.id, { yaml: `${draft.yaml}\nbroken: [unclosed\n`, lockVersion: draft.lockVersion }).expect(422);
    expect(syntax.body.details[0]).toMatchObject({ field: 'yaml', line: expect.any(Number), column: expect.any(Number), message: expect.stringContaining('YAML 语法错误') });

    const moved = await put(draft.id, { yaml: draft.yaml.replace('id: lianping-county-it-projects', 'id: another-policy'), lockVersion: draft.lockVersion }).expect(422);
    expect(moved.body.details).toEqual([expect.objectContaining({ field: 'yaml.id', line: draft.yaml.split('\n').indexOf('id: lianping-county-it-projects') + 1 })]);

    expect(await get(draft.id)).toMatchObject({ lockVersion: draft.lockVersion, yaml: draft.yaml, contentHash: draft.contentHash });
  });

  it('refuses an invalid scenario file naming scenarios and its line:col, with the document’s issues, storing nothing', async () => {
    const scenarios = draft.scenarios!.replace('    at: "2025-09-30"', '    at: 30/09/2025');
    const line = draft.scenarios!.split('\n').indexOf('    at: "2025-09-30"') + 1;
    const response = await put(draft.id, { yaml: draft.yaml, scenarios, lockVersion: draft.lockVersion }).expect(422);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'scenarios.scenarios[0].at', line, column: 9, message: `场景测试文件第 ${line} 行第 9 列：日期应为 YYYY-MM-DD` }),
    ]);
    const both = await put(draft.id, { yaml: draft.yaml.replace('id: lianping-county-it-projects', 'id: x'), scenarios, lockVersion: draft.lockVersion }).expect(422);
    expect(both.body.details.map((detail: { field: string }) => detail.field)).toEqual(['yaml.id', 'scenarios.scenarios[0].at']);
    expect(await get(draft.id)).toMatchObject({ lockVersion: draft.lockVersion, scenarios: draft.scenarios });
  });

  it('saves, replaces and removes the scenario file with the document', async () => {
    const one = ['policy: consultation-draft-2.policy.yaml', 'scenarios:', '  - name: 八十万元实行备案制', '    at: "2025-09-30"', '    facts: { totalInvestment: 80万元, involvesCryptography: false }', '    expect: { track: filing }', ''].join('\n');
    const saved = (await put(draft.id, { yaml: draft.yaml, scenarios: one, lockVersion: draft.lockVersion }).expect(200)).body as PolicyVersionView;
    expect(saved.scenarios).toBe(one);
    expect((await runs(draft.id).expect(200)).body).toEqual([{ name: '八十万元实行备案制', failures: [] }]);
    const removed = (await put(draft.id, { yaml: draft.yaml, scenarios: null, lockVersion: saved.lockVersion }).expect(200)).body as PolicyVersionView;
    expect(removed.scenarios).toBeNull();
    expect((await runs(draft.id).expect(200)).body).toEqual([]);
    const blank = (await put(draft.id, { yaml: draft.yaml, scenarios: one, lockVersion: removed.lockVersion }).expect(200)).body as PolicyVersionView;
    draft = (await put(draft.id, { yaml: draft.yaml, scenarios: '  \n', lockVersion: blank.lockVersion }).expect(200)).body;
    expect(draft.scenarios).toBeNull();
    expect((await auditActions(t, draft.id)).filter((action) => action === 'policy-version.update')).toHaveLength(6);
  });

  it('keeps the first of two YAML saves from one lock version; the second gets 409 with the current lock version', async () => {
    const first = draft.yaml.replace('# 连平县', '# 第一位管理员：连平县');
    const second = draft.yaml.replace('# 连平县', '# 第二位管理员：连平县');
    await put(draft.id, { yaml: first, lockVersion: draft.lockVersion }).expect(200);
    const refused = await put(draft.id, { yaml: second, lockVersion: draft.lockVersion }).expect(409);
    expect(refused.body.details).toEqual([{ field: 'lockVersion', message: `应为 ${draft.lockVersion + 1}`, currentLockVersion: draft.lockVersion + 1 }]);
    expect((await get(draft.id)).yaml).toBe(first);
  });

  it('asks for exactly one of yaml and content (400), naming the field', async () => {
    const current = await get(draft.id);
    const neither = await put(draft.id, { lockVersion: current.lockVersion }).expect(400);
    expect(neither.body.details).toEqual([{ field: 'yaml', message: '应提供 yaml 或 content 之一' }]);
    const both = await put(draft.id, { yaml: current.yaml, content: current.content, lockVersion: current.lockVersion }).expect(400);
    expect(both.body.details[0].field).toBe('content');
    await put(draft.id, { yaml: 42, lockVersion: current.lockVersion }).expect(400);
    await put(draft.id, { yaml: current.yaml, scenarios: 7, lockVersion: current.lockVersion }).expect(400);
    expect((await storedVersion(t, draft.id))?.lockVersion).toBe(current.lockVersion);
  });

  it('imports a file with its scenario file, and refuses a scenario file that does not read', async () => {
    const yaml = seedFile('consultation-draft-2.policy.yaml');
    const scenarios = seedFile('consultation-draft-2.scenarios.yaml');
    const imported = (await t.http.post('/api/policy-versions/import').set(bearer(admin)).send({ yaml, scenarios }).expect(201)).body as PolicyVersionView;
    expect(imported).toMatchObject({ state: 'draft', yaml, scenarios });
    const refused = await t.http.post('/api/policy-versions/import').set(bearer(admin)).send({ yaml, scenarios: 'policy: x\nscenarios: [{ name: a }]\n' }).expect(422);
    expect(refused.body.details.map((detail: { field: string }) => detail.field)).toEqual(['scenarios.scenarios[0].at', 'scenarios.scenarios[0].expect']);
    expect(refused.body.details[0]).toMatchObject({ line: 2, column: 13 });
  });
});
