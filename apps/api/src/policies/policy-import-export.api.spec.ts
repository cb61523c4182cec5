import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { bearer, LIANPING } from './policies.test-helper';

const SEED_VERSIONS = [
  '141023-xiangfen:2022',
  '210882-dashiqiao:interim-2025',
  '360000-jiangxi:2024',
  '371702-mudan:trial-2023',
  '441623-lianping:consultation-draft-2',
];

describe('policy versions as YAML files: export, import, round trip', () => {
  let t: TestApp;
  let platformAdmin: string;
  let lianpingAdmin: string;

  beforeAll(async () => {
    t = await startTestApp();
    platformAdmin = await t.login('admin');
    lianpingAdmin = await t.login('lp-policy');
  });
  afterAll(() => t.close());

  const exported = async (id: string) => t.http.get(`/api/policy-versions/${id}/export`).set(bearer(lianpingAdmin)).buffer(true).expect(200);
  const importYaml = (token: string, body: Record<string, unknown>) => t.http.post('/api/policy-versions/import').set(bearer(token)).send(body);

  it('exports a version as a YAML file with its name and type: the file as its author wrote it, comments and all', async () => {
    const response = await exported(LIANPING);
    expect(response.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="441623-lianping-consultation-draft-2.policy.yaml"');
    const file = readFileSync(join(resolve(__dirname, '../../../..'), 'policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');
    expect(response.text).toBe(file);
    expect(response.text).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it.each(SEED_VERSIONS)('re-imports the export of %s to the identical content hash', async (id) => {
    const original = (await t.http.get(`/api/policy-versions/${id}`).set(bearer(platformAdmin)).expect(200)).body;
    const text = (await exported(id)).text;
    const draft = (await importYaml(platformAdmin, { yaml: text, fileName: `${id}.policy.yaml` }).expect(201)).body;
    expect(draft).toMatchObject({ state: 'draft', policyId: original.policyId, contentHash: original.contentHash, sourceFile: `${id}.policy.yaml`, basedOnId: null });
    expect(draft.content).toEqual(original.content);
  });

  it('reports a YAML syntax error with its line and column, and stores nothing', async () => {
    const before = (await t.http.get('/api/policies').set(bearer(lianpingAdmin)).expect(200)).body;
    const response = await importYaml(lianpingAdmin, { yaml: 'id: x\ntitle: [unclosed\n', fileName: 'broken.policy.yaml' }).expect(422);
    expect(response.body.code).toBe('policy-invalid');
    expect(response.body.details[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^broken\.policy\.yaml:\d+:\d+：YAML 语法错误/) });
    expect((await t.http.get('/api/policies').set(bearer(lianpingAdmin)).expect(200)).body).toEqual(before);
  });

  it('reports a wrong reference at the line of the file where it is written', async () => {
    const text = (await exported(LIANPING)).text;
    const lines = text.split('\n');
    const index = lines.findIndex((line) => /^\s+body: data-bureau$/.test(line));
    lines[index] = lines[index]!.replace('data-bureau', 'nowhere-bureau');
    const response = await importYaml(lianpingAdmin, { yaml: lines.join('\n'), fileName: 'edited.policy.yaml' }).expect(422);
    const detail = response.body.details.find((d: { message: string }) => d.message.includes('nowhere-bureau'));
    expect(detail).toMatchObject({ field: expect.stringMatching(/^stages\[\d+\]\.steps\[\d+\]\.body$/), line: index + 1 });
    expect(detail.message).toMatch(new RegExp(`^edited\\.policy\\.yaml:${index + 1}:\\d+：未定义的审查机构`));
  });

  it('imports a draft for the admin’s own jurisdiction only (403 otherwise)', async () => {
    const text = (await exported('371702-mudan:trial-2023')).text;
    const response = await importYaml(lianpingAdmin, { yaml: text }).expect(403);
    expect(response.body.message).toContain('371702');
    const own = (await importYaml(lianpingAdmin, { yaml: (await exported(LIANPING)).text }).expect(201)).body;
    expect(own).toMatchObject({ jurisdictionCode: '441623', state: 'draft', sourceFile: null });
  });

  it('creates a new policy from a file with a new id, in a registered jurisdiction only', async () => {
    const text = (await exported(LIANPING)).text.replace('id: lianping-county-it-projects', 'id: lianping-pilot-rules');
    const draft = (await importYaml(lianpingAdmin, { yaml: text }).expect(201)).body;
    expect(draft).toMatchObject({ id: 'lianping-pilot-rules:v1', policyId: 'lianping-pilot-rules' });
    const listed = (await t.http.get('/api/policies').set(bearer(lianpingAdmin)).expect(200)).body;
    expect(listed.map((policy: { id: string }) => policy.id)).toContain('lianping-pilot-rules');

    const elsewhere = text.replace('id: lianping-pilot-rules', 'id: nowhere-rules').replace(/code: "441623"/, 'code: "441699"');
    const refused = await importYaml(platformAdmin, { yaml: elsewhere }).expect(422);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'jurisdiction.code', message: expect.stringContaining('441699') })]);
  });

  it('answers malformed requests with 400 or 422, never 500', async () => {
    await importYaml(lianpingAdmin, { yaml: 42 }).expect(400);
    await importYaml(lianpingAdmin, { yaml: 'x', extra: true }).expect(400);
    await importYaml(lianpingAdmin, {}).expect(400);
    await importYaml(lianpingAdmin, { yaml: '42' }).expect(422);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const response = await importYaml(lianpingAdmin, { yaml: bomb }).expect(422);
    expect(response.body.code).toBe('policy-invalid');
  });
});
