import type { PolicyVersionView } from '@banfa/api-contract';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftSaveState } from '../studio-draft.context';
import { button, byTestId, click, json, until } from '../../../testing/dom.test-helper';
import { fakeVersion } from '../simulation/fake-studio-draft.test-helper';
import { EditorHeader } from './editor-header';
import { catchDownloads, confirmDialog, dialogButton, LIANPING_ADMIN, signIn, studioPageFixture, stubApi, type Request } from './studio-page.test-helper';
import type { PolicyDraftStore } from './use-policy-draft';

const MIRROR_KEY = 'banfa.studio.u-lp-policy.v-draft';
const draftVersion = fakeVersion({ label: '三次征求意见稿' });
const publishedVersion = fakeVersion({ id: 'v-published', label: '二次征求意见稿', state: 'published', effectiveFrom: '2025-09-01', inForce: true });

/** What the header reads of the editor's draft store, and a record of what it asked of it. */
function fakeDraft(version: PolicyVersionView, { editable = version.state === 'draft', saveState = { kind: 'saved', at: null } as DraftSaveState } = {}) {
  const calls = { discarded: 0 };
  const draft = {
    version,
    editable,
    data: { title: '连平县县级政务信息化项目管理办法', versionLabel: '本机改过的标签' },
    issues: [],
    saveState,
    saveNow: async () => undefined,
    discard: () => {
      calls.discarded++;
    },
  } as unknown as PolicyDraftStore;
  return { draft, calls };
}

let requests: Request[];
let deleteAnswer: () => Response;
const page = studioPageFixture();

beforeEach(() => {
  signIn(LIANPING_ADMIN);
  deleteAnswer = () => new Response(null, { status: 204 });
  requests = stubApi(({ url, method }) => {
    if (url.endsWith('/export')) return new Response('id: lianping-county-it-projects\n');
    if (url === '/api/policy-versions/v-draft' && method === 'DELETE') return deleteAnswer();
    return undefined;
  });
});

const header = () => byTestId(document, 'studio-editor-header') as HTMLElement;
const location = () => byTestId(document, 'location')?.textContent;
const show = async (draft: PolicyDraftStore) => {
  await page.mount(`/studio/versions/${draft.version.id}`, { list: <p>政策列表</p>, version: <EditorHeader draft={draft} yamlShown onToggleYaml={() => undefined} /> });
};

describe('EditorHeader: the version as a whole', { timeout: 60_000 }, () => {
  it('exports the server’s file of a draft, and says the unsaved edits are not in it', async () => {
    const { draft } = fakeDraft(draftVersion, { saveState: { kind: 'pending' } });
    await show(draft);
    const exportButton = button('导出 YAML', header());
    expect(exportButton?.getAttribute('aria-description')).toContain('不含尚未保存的修改');
    const saved = catchDownloads();
    await click(exportButton, '导出 YAML');
    await until(() => saved.length === 1, 'the download');
    expect(requests).toEqual([{ url: '/api/policy-versions/v-draft/export', method: 'GET' }]);
    // Named by the server's label, as the file holds the server's text (not the label typed here).
    expect(saved[0]?.name).toBe('441623-三次征求意见稿.policy.yaml');
    await until(() => document.body.textContent?.includes('这是服务器上最近保存的内容，不含尚未保存的修改') === true, 'the warning');
  });

  it('exports a published version; it offers no deletion', async () => {
    const { draft } = fakeDraft(publishedVersion);
    await show(draft);
    expect(button('删除草稿', header())).toBeUndefined();
    expect(button('导出 YAML', header())?.getAttribute('aria-description')).not.toContain('尚未保存');
    const saved = catchDownloads();
    await click(button('导出 YAML', header()), '导出 YAML');
    await until(() => saved.length === 1, 'the download');
    expect(requests).toEqual([{ url: '/api/policy-versions/v-published/export', method: 'GET' }]);
    expect(saved[0]?.name).toBe('441623-二次征求意见稿.policy.yaml');
  });

  it('offers no deletion to someone who may not change the draft', async () => {
    const { draft } = fakeDraft(draftVersion, { editable: false });
    await show(draft);
    expect(button('导出 YAML', header())).toBeDefined();
    expect(button('删除草稿', header())).toBeUndefined();
  });

  it('deletes a draft after asking, stops its session, forgets this browser’s copy and goes back to the list', async () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ yaml: 'x', scenarios: '', baseLockVersion: 3, editedAt: 1 }));
    const { draft, calls } = fakeDraft(draftVersion, { saveState: { kind: 'pending' } });
    await show(draft);
    await click(button('删除草稿', header()), '删除草稿');
    await until(() => confirmDialog() !== null, 'the confirmation');
    expect(confirmDialog()?.textContent).toContain('删除草稿“三次征求意见稿”？');
    expect(confirmDialog()?.textContent).toContain('删除后无法恢复');

    // 取消: nothing happens.
    await click(dialogButton('取消'), '取消');
    await until(() => confirmDialog() === null, 'the dialog closed');
    expect(requests).toEqual([]);
    expect(localStorage.getItem(MIRROR_KEY)).not.toBeNull();

    await click(button('删除草稿', header()), '删除草稿');
    await until(() => confirmDialog() !== null, 'the confirmation');
    await click(dialogButton('删除'), '删除');
    await until(() => location() === '/studio', 'the list');
    expect(requests).toEqual([{ url: '/api/policy-versions/v-draft', method: 'DELETE' }]);
    expect(calls.discarded).toBe(1);
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
    expect(document.body.textContent).toContain('已删除草稿“三次征求意见稿”');
  });

  it('keeps the draft open when the server refuses to delete it, saying why', async () => {
    deleteAnswer = () => json({ code: 'conflict', message: '草稿“v-draft”已被 1 个项目、0 份决定报告引用，不能删除', details: [] }, 409);
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ yaml: 'x', scenarios: '', baseLockVersion: 3, editedAt: 1 }));
    const { draft, calls } = fakeDraft(draftVersion);
    await show(draft);
    await click(button('删除草稿', header()), '删除草稿');
    await until(() => confirmDialog() !== null, 'the confirmation');
    await click(dialogButton('删除'), '删除');
    await until(() => document.body.textContent?.includes('未能删除草稿“三次征求意见稿”：草稿“v-draft”已被 1 个项目') === true, 'the refusal');
    expect(location()).toBe('/studio/versions/v-draft');
    expect(calls.discarded).toBe(0);
    expect(localStorage.getItem(MIRROR_KEY)).not.toBeNull();
  });
});
