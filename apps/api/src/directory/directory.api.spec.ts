import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import type { JurisdictionNode } from './jurisdiction-tree';
import type { OrganisationView } from './organisation.view';

describe('the directory: jurisdictions and organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The response to GET `path` as `username`, checked to have `status`. */
  const getAs = async (path: string, username: string, status = 200) => {
    const token = await t.login(username);
    return t.http.get(path).set('Authorization', `Bearer ${token}`).expect(status);
  };

  it('gives the GB/T 2260 tree, province → city → county, with the regulations published there', async () => {
    const tree = (await getAs('/api/jurisdictions', 'lp-dept')).body as JurisdictionNode[];
    expect(tree.map((node) => `${node.code} ${node.name}`)).toEqual(['140000 山西省', '210000 辽宁省', '360000 江西省', '370000 山东省', '440000 广东省']);
    const guangdong = tree.find((node) => node.code === '440000')!;
    expect(guangdong).toMatchObject({ level: 'province', hasPolicy: false, policies: [] });
    const heyuan = guangdong.children[0]!;
    expect(heyuan).toMatchObject({ code: '441600', name: '河源市', level: 'city', hasPolicy: false });
    expect(heyuan.children).toEqual([
      {
        code: '441623',
        name: '连平县',
        level: 'county',
        hasPolicy: true,
        policies: [{ id: expect.any(String), title: expect.stringContaining('连平县') }],
        children: [],
      },
    ]);
    const jiangxi = tree.find((node) => node.code === '360000')!;
    expect(jiangxi).toMatchObject({ hasPolicy: true, children: [] });
    const counties = tree.flatMap((province) => province.children.flatMap((city) => city.children));
    expect(counties.filter((county) => county.hasPolicy).map((county) => county.code)).toEqual(['141023', '210882', '371702', '441623']);
  });

  it('lists a policy admin only its own jurisdiction’s organisations, with kind and body in Chinese', async () => {
    const list = (await getAs('/api/organisations', 'lp-policy')).body as OrganisationView[];
    expect(new Set(list.map((organisation) => organisation.jurisdictionCode))).toEqual(new Set(['441623']));
    expect(list).toContainEqual({
      id: 'lp-finance-bureau',
      name: '连平县财政局',
      jurisdictionCode: '441623',
      jurisdictionName: '连平县',
      kind: 'review-body',
      kindLabel: '审查机构',
      bodyKey: 'finance-bureau',
      bodyName: '财政部门',
    });
    expect(list).toContainEqual(expect.objectContaining({ id: 'lp-education-bureau', kind: 'department', kindLabel: '项目建设单位', bodyKey: null, bodyName: null }));
    expect(list.some((organisation) => organisation.name.startsWith('大石桥'))).toBe(false);
  });

  it('never widens the scope with a filter: a 连平 policy admin asking for 大石桥 gets nothing', async () => {
    expect((await getAs('/api/organisations?jurisdictionCode=210882', 'lp-policy')).body).toEqual([]);
    const reviewBodies = (await getAs('/api/organisations?jurisdictionCode=441623&kind=review-body', 'lp-policy')).body as OrganisationView[];
    expect(reviewBodies.length).toBeGreaterThan(0);
    expect(reviewBodies.every((organisation) => organisation.kind === 'review-body' && organisation.jurisdictionCode === '441623')).toBe(true);
  });

  it('lists a provincial observer its province’s organisations, and the platform admin all', async () => {
    const guangdong = (await getAs('/api/organisations', 'gd-observer')).body as OrganisationView[];
    expect(new Set(guangdong.map((organisation) => organisation.jurisdictionCode))).toEqual(new Set(['441623']));
    const shandong = (await getAs('/api/organisations', 'sd-observer')).body as OrganisationView[];
    expect(new Set(shandong.map((organisation) => organisation.jurisdictionCode))).toEqual(new Set(['371702']));
    expect((await getAs('/api/organisations?jurisdictionCode=210882', 'sd-observer')).body).toEqual([]);
    const all = (await getAs('/api/organisations', 'admin')).body as OrganisationView[];
    expect(new Set(all.map((organisation) => organisation.jurisdictionCode))).toEqual(new Set(['141023', '210882', '360000', '371702', '441623']));
  });

  it('refuses organisations to roles that may not read them, and bad filters with the field', async () => {
    expect((await getAs('/api/organisations', 'lp-dept', 403)).body.code).toBe('forbidden');
    const bad = (await getAs('/api/organisations?jurisdictionCode=44&kind=bureau', 'admin', 400)).body;
    expect(bad.details.map((detail: { field: string }) => detail.field)).toEqual(['jurisdictionCode', 'kind']);
    await t.http.get('/api/jurisdictions').expect(401);
  });
});
