/// <reference types="node" />
import type { PolicyListItemView, PolicyVersionDiffView } from '@banfa/api-contract';
import { defineAbilityFor, type Actor } from '@banfa/permissions';
import { diffPolicies, loadPolicyYaml } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../../auth/AuthContext';
import { button, byTestId, click, json, prepareDom, until } from '../../../testing/dom.test-helper';
import { fakeVersion, mountInStudio, type Mounted } from '../simulation/fake-studio-draft.test-helper';
import { HistoryPanel } from './history.panel';

const DIR = resolve(import.meta.dirname, '../../../../../../policies/441623-lianping');
const YAML = readFileSync(resolve(DIR, 'consultation-draft-2.policy.yaml'), 'utf8');
const RAISED = YAML.replace('comparison: lte, amount: "50"', 'comparison: lte, amount: "100"');

const published = fakeVersion({ id: 'v-published', label: '二次征求意见稿', state: 'published', effectiveFrom: '2025-09-01', effectiveTo: null, inForce: true, publishedAt: '2025-08-20T02:00:00.000Z', basedOnId: null });
const older = fakeVersion({ id: 'v-first', label: '一次征求意见稿', state: 'published', effectiveFrom: '2024-01-01', effectiveTo: '2025-08-31', inForce: false, publishedAt: '2023-12-20T02:00:00.000Z', basedOnId: null });
const draftVersion = fakeVersion({ updatedAt: '2026-11-20T08:00:00.000Z' });
const policies: PolicyListItemView[] = [{ id: 'p-lianping', title: '连平县县级政务信息化项目管理办法', jurisdiction: { code: '441623', name: '连平县' }, versions: [older, published, draftVersion] }];
const actor: Actor = { id: 'u-lp-policy', role: 'policy-admin', jurisdictionCode: '441623' };

let mounted: Mounted | null = null;
const requests: Array<{ url: string; method: string; body?: unknown }> = [];

beforeAll(prepareDom);
beforeEach(() => {
  requests.length = 0;
  localStorage.clear();
  localStorage.setItem(
    'banfa.session',
    JSON.stringify({ token: 't', user: { id: actor.id, username: 'lp-policy', displayName: '连平县政策管理员', role: 'policy-admin', roleLabel: '政策管理员', organisationName: null }, actor, rules: defineAbilityFor(actor).rules }),
  );
  const diff: PolicyVersionDiffView = { ...diffPolicies(loadPolicyYaml(YAML), loadPolicyYaml(RAISED)), beforeVersionId: 'v-published', afterVersionId: 'v-draft' };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      requests.push({ url, method, ...(init.body ? { body: JSON.parse(String(init.body)) as unknown } : {}) });
      if (url === '/api/policies') return json(policies);
      if (url === '/api/policy-versions/v-draft/diff?against=v-published') return json(diff);
      if (url === '/api/policy-versions/v-draft/diff?against=v-first') return json({ ...diff, changes: [], identical: true, summary: { total: 0, editorial: 0, byKind: {} } });
      if (url === '/api/policy-versions' && method === 'POST') return json(fakeVersion({ id: 'v-new', label: '二次征求意见稿（草稿）', basedOnId: 'v-published' }), 201);
      return json({ code: 'not-found', message: '不存在', details: [] }, 404);
    }),
  );
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
});

const open = () => mountInStudio(<HistoryPanel />, { yaml: RAISED, version: draftVersion, wrap: (node) => <AuthProvider>{node}</AuthProvider> });

describe('HistoryPanel', { timeout: 60_000 }, () => {
  it('lists the policy’s versions with state, status, effective period and whether each is in force', async () => {
    mounted = await open();
    await until(() => byTestId(document, 'versions')?.querySelectorAll('tbody tr.ant-table-row').length === 3, 'the versions');
    const rows = [...(byTestId(document, 'versions')?.querySelectorAll('tbody tr.ant-table-row') ?? [])].map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('二次征求意见稿（修订）（当前打开）');
    expect(rows[0]).toContain('草稿');
    expect(rows[0]).toContain('基于 二次征求意见稿');
    expect(rows[1]).toContain('2025-09-01 起');
    expect(rows[1]).toContain('现行有效');
    expect(rows[2]).toContain('2024-01-01 至 2025-08-31');
    expect(rows[2]).toContain('已不在施行期内');
  });

  it('shows the semantic diff against the version the draft is based on, grouped by kind with articles, from → to', async () => {
    mounted = await open();
    await until(() => byTestId(document, 'version-diff') !== null, 'the diff');
    expect(requests.some((request) => request.url === '/api/policy-versions/v-draft/diff?against=v-published')).toBe(true);
    const threshold = byTestId(document, 'diff-group-threshold');
    expect(threshold?.textContent).toContain('门槛（1）');
    expect(threshold?.textContent).toContain('第十二条');
    expect(threshold?.querySelector('del')?.textContent).toBe('50万元');
    expect(threshold?.textContent).toContain('50万元 → 100万元');

    // Any two versions: the earlier one, which is (here) the same.
    const select = document.querySelector('[aria-label="比较：修改前"]')?.closest('.ant-select')?.querySelector('.ant-select-selector');
    await act(async () => select?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    await until(() => [...document.querySelectorAll('.ant-select-item-option')].some((option) => option.textContent?.startsWith('一次征求意见稿')), 'the version options');
    await click([...document.querySelectorAll('.ant-select-item-option')].find((option) => option.textContent?.startsWith('一次征求意见稿')), 'the first version');
    await until(() => (document.body.textContent ?? '').includes('“一次征求意见稿”与“二次征求意见稿（修订）”内容相同'), 'the second diff');
  });

  it('creates a new draft from any version and opens it', async () => {
    mounted = await open();
    await until(() => byTestId(document, 'versions')?.querySelectorAll('tbody tr.ant-table-row').length === 3, 'the versions');
    const row = [...(byTestId(document, 'versions')?.querySelectorAll('tbody tr.ant-table-row') ?? [])][1] as HTMLElement;
    await click(button('新建草稿（基于此版本）', row), '新建草稿');
    await until(() => byTestId(document, 'location')?.textContent === '/studio/versions/v-new', 'the new draft opened');
    expect(requests.find((request) => request.method === 'POST')).toEqual({ url: '/api/policy-versions', method: 'POST', body: { basedOn: 'v-published' } });
  });
});
