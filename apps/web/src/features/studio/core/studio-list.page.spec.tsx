import type { PolicyListItemView } from '@banfa/api-contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { button, byTestId, click, json, until } from '../../../testing/dom.test-helper';
import { fakeVersion } from '../simulation/fake-studio-draft.test-helper';
import { StudioListPage } from './studio-list.page';
import { catchDownloads, confirmDialog, dialogButton, GUANGDONG_OBSERVER, LIANPING_ADMIN, pickFile, signIn, studioPageFixture, stubApi, yamlFile, type Request } from './studio-page.test-helper';

const published = fakeVersion({ id: 'v-published', label: '二次征求意见稿', state: 'published', effectiveFrom: '2025-09-01', inForce: true, basedOnId: null });
const draft = fakeVersion({ id: 'v-draft', label: '三次征求意见稿' });
const mudan = fakeVersion({ id: 'v-mudan', label: '试行（2023）', state: 'published', jurisdictionCode: '371702', effectiveFrom: '2023-06-01', inForce: true, basedOnId: null });
const POLICIES: PolicyListItemView[] = [
  { id: 'p-lianping', title: '连平县县级政务信息化项目管理办法', jurisdiction: { code: '441623', name: '连平县' }, versions: [published, draft] },
  { id: 'p-mudan', title: '牡丹区政务信息化项目管理办法', jurisdiction: { code: '371702', name: '牡丹区' }, versions: [mudan] },
];
const EXPORTED = '# 连平县县级政务信息化项目管理办法\nid: lianping-county-it-projects\n';
const INVALID = {
  code: 'policy-invalid',
  message: '政策文件 edited.policy.yaml 有 2 处错误，未保存任何内容；请按各条提示修改后重试',
  details: [
    { field: 'stages[0].steps[1].body', line: 40, column: 15, message: 'edited.policy.yaml:40:15：未定义的审查机构“nowhere-bureau”', hint: '先在 bodies 中定义它' },
    { field: 'status', line: 14, column: 9, message: 'edited.policy.yaml:14:9：状态应为 consultation-draft、trial 等之一' },
  ],
};

let requests: Request[];
let policies: PolicyListItemView[];
let importAnswer: () => Response;
const page = studioPageFixture();

beforeEach(() => {
  policies = POLICIES;
  importAnswer = () => json(fakeVersion({ id: 'v-imported', label: '导入的版本' }), 201);
  requests = stubApi(({ url, method }) => {
    if (url === '/api/policies') return json(policies);
    if (url === '/api/policy-versions/v-published/export') return new Response(EXPORTED, { headers: { 'Content-Disposition': 'attachment; filename="441623-lianping-consultation-draft-2.policy.yaml"' } });
    if (url === '/api/policy-versions/import' && method === 'POST') return importAnswer();
    if (url === '/api/policy-versions/v-draft' && method === 'DELETE') {
      policies = [{ ...POLICIES[0]!, versions: [published] }, POLICIES[1]!];
      return new Response(null, { status: 204 });
    }
    return undefined;
  });
});

const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
/** The button of a version's row (the row must be shown). */
function rowButton(id: string, text: string) {
  const found = row(id);
  if (!found) throw new Error(`no row ${id}`);
  return button(text, found);
}
const location = () => byTestId(document, 'location')?.textContent;
const open = async (actor = LIANPING_ADMIN) => {
  signIn(actor);
  await page.mount('/studio', { list: <StudioListPage /> });
  await until(() => row('v-draft') !== null, 'the versions');
};

describe('StudioListPage: versions as files', { timeout: 60_000 }, () => {
  it('exports a version as <jurisdiction code>-<version label>.policy.yaml, with the text the server holds', async () => {
    await open();
    const saved = catchDownloads();
    await click(rowButton('v-published', '导出 YAML'), '导出 YAML');
    await until(() => saved.length === 1, 'the download');
    expect(requests.filter((request) => request.url.endsWith('/export'))).toEqual([{ url: '/api/policy-versions/v-published/export', method: 'GET' }]);
    expect(saved[0]?.name).toBe('441623-二次征求意见稿.policy.yaml');
    expect(await saved[0]?.text).toBe(EXPORTED);
    await until(() => document.body.textContent?.includes('已导出 441623-二次征求意见稿.policy.yaml') === true, 'the message');
  });

  it('says a draft’s export lacks the edits kept in this browser and not yet saved', async () => {
    localStorage.setItem('banfa.studio.u-lp-policy.v-draft', JSON.stringify({ yaml: 'x', scenarios: '', baseLockVersion: 3, editedAt: 1 }));
    await open();
    expect(rowButton('v-draft', '导出 YAML')?.getAttribute('aria-description')).toContain('不含尚未保存的修改');
    expect(rowButton('v-published', '导出 YAML')?.getAttribute('aria-description')).not.toContain('不含尚未保存的修改');
  });

  it('imports a picked YAML file as a new draft and opens it', async () => {
    await open();
    await pickFile(yamlFile('lianping-pilot.policy.yaml', 'id: lianping-pilot-rules\n'));
    await until(() => location() === '/studio/versions/v-imported', 'the new draft');
    expect(requests.find((request) => request.url === '/api/policy-versions/import')).toEqual({
      url: '/api/policy-versions/import',
      method: 'POST',
      body: { yaml: 'id: lianping-pilot-rules\n', fileName: 'lianping-pilot.policy.yaml' },
    });
  });

  it('shows a refused file’s problems with their line and column, and opens nothing', async () => {
    importAnswer = () => json(INVALID, 422);
    await open();
    await pickFile(yamlFile('edited.policy.yaml', 'id: x\n'));
    await until(() => byTestId(document, 'api-error') !== null, 'the problems');
    const alert = byTestId(document, 'api-error')?.textContent ?? '';
    expect(alert).toContain('未能导入“edited.policy.yaml”，未新建草稿');
    expect(alert).toContain('请按各条提示修改后重试');
    expect(alert).toContain('stages[0].steps[1].body（第 40 行第 15 列）');
    expect(alert).toContain('未定义的审查机构“nowhere-bureau”（提示：先在 bodies 中定义它）');
    expect(alert).toContain('status（第 14 行第 9 列）');
    expect(location()).toBe('/studio');
  });

  it('deletes a draft only once the admin confirms, with this browser’s copy of its edits', async () => {
    localStorage.setItem('banfa.studio.u-lp-policy.v-draft', JSON.stringify({ yaml: 'x', scenarios: '', baseLockVersion: 3, editedAt: 1 }));
    await open();
    await click(rowButton('v-draft', '删除草稿'), '删除草稿');
    await until(() => confirmDialog() !== null, 'the confirmation');
    expect(confirmDialog()?.textContent).toContain('删除后无法恢复');
    // Asked first: nothing is deleted yet, and 取消 has the focus (Enter does not delete).
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    expect(document.activeElement?.textContent?.replace(/\s+/g, '')).toBe('取消');

    await click(dialogButton('删除'), '删除');
    await until(() => row('v-draft') === null, 'the list without the draft');
    expect(requests.filter((request) => request.method === 'DELETE')).toEqual([{ url: '/api/policy-versions/v-draft', method: 'DELETE' }]);
    expect(localStorage.getItem('banfa.studio.u-lp-policy.v-draft')).toBeNull();
    expect(document.body.textContent).toContain('已删除草稿“三次征求意见稿”');
    expect(location()).toBe('/studio');
  });

  it('offers deletion for drafts only, and creating or importing to those who may', async () => {
    await open();
    expect(rowButton('v-draft', '删除草稿')).toBeDefined();
    expect(rowButton('v-published', '删除草稿')).toBeUndefined();
    // Another jurisdiction's regulation: read and export, nothing else.
    await click(document.querySelector('.ant-collapse-header'), 'the other regulations');
    await until(() => row('v-mudan') !== null, 'the other regulations');
    expect(rowButton('v-mudan', '导出 YAML')).toBeDefined();
    expect(rowButton('v-mudan', '新建草稿（基于此版本）')).toBeUndefined();
    expect(button('导入 YAML（新建草稿）')).toBeDefined();

    // A provincial observer reads 连平县's draft but may change nothing.
    await open(GUANGDONG_OBSERVER);
    expect(rowButton('v-draft', '导出 YAML')).toBeDefined();
    expect(rowButton('v-draft', '删除草稿')).toBeUndefined();
    expect(button('新建草稿（基于此版本）')).toBeUndefined();
    expect(button('导入 YAML（新建草稿）')).toBeUndefined();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });
});
