/// <reference types="node" />
import type { ChangeView, ProjectView } from '@banfa/api-contract';
import { parsePolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintFormPage } from './print-form.page';
import { PRINT_HIDE_CLASS, PRINT_ROOT_CLASS } from './print-root.constants';

const POLICY = resolve(import.meta.dirname, '../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml');
const PROJECT_ID = '3f2a9c1e-77b0-4c1d-9e55-0a1b2c3d4e5f';

let doc: PolicyDocument;
let root: Root | null = null;
let container: HTMLElement;

const project = (): ProjectView =>
  ({
    id: PROJECT_ID,
    name: '智慧校园平台（80万元）',
    state: 'submitted',
    organisation: { id: 'org', name: '连平县教育局' },
    formValues: { applicant: '连平县教育局', projectName: '智慧校园平台（80万元）', constructionNature: 'new', totalInvestment: '80', mobile: '13800000000' },
    policy: { versionId: 'v1', title: '连平县政务信息化项目管理办法', versionLabel: '征求意见稿', contentHash: 'x' },
    report: { attachments: [{ id: 'application-form', form: 'project-application' }] },
    preview: null,
  }) as unknown as ProjectView;

const change = { id: 'c1', requestedOn: '2026-05-06', description: '更换服务器', formValues: { projectName: '智慧校园平台', hardwareChanges: [{ oldItem: '旧服务器', newItem: '新服务器', newSubtotal: '100' }] } } as unknown as ChangeView;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const parsed = parsePolicyYaml(readFileSync(POLICY, 'utf8'));
  if (!parsed.ok) throw new Error('policy does not parse');
  doc = parsed.document;
  // antd reads media queries and element sizes, which jsdom does not provide.
  // antd's Table measures the scrollbar through a `#id::-webkit-scrollbar` rule, which jsdom's selector engine throws on.
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => {
    try {
      return computed(element);
    } catch {
      return document.createElement('div').style;
    }
  };
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
});

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body =
        url === `/api/projects/${PROJECT_ID}` ? project()
        : url === '/api/policy-versions/v1' ? { id: 'v1', content: doc }
        : url === `/api/projects/${PROJECT_ID}/changes` ? [change]
        : url === `/api/projects/${PROJECT_ID}/attachments` ? []
        : undefined;
      return new Response(body === undefined ? JSON.stringify({ code: 'not-found', message: '不存在', details: [] }) : JSON.stringify(body), { status: body === undefined ? 404 : 200 });
    }),
  );
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  vi.unstubAllGlobals();
});

async function open(path: string): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root?.render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/projects/:id/print/:formId" element={<PrintFormPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
  });
  for (let attempt = 0; attempt < 50 && !container.querySelector('[data-testid="official-form"]') && !container.querySelector('.ant-result'); attempt++) {
    await act(() => new Promise((done) => setTimeout(done, 20)));
  }
  return container;
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

describe('PrintFormPage', () => {
  it('prints the application form with the project’s values, inside the print root, the toolbar screen-only', async () => {
    const page = await open(`/projects/${PROJECT_ID}/print/project-application`);
    const printRoot = page.querySelector(`.${PRINT_ROOT_CLASS}`);
    expect(printRoot?.querySelector('[data-testid="official-form"]')).not.toBeNull();
    expect(squeeze(page.querySelector('[data-testid="project-number"]')?.textContent)).toBe('项目编号：3F2A9C1E');
    expect(squeeze(page.querySelector('[data-testid="seal-line"]')?.textContent)).toBe('申请单位（盖章）：连平县教育局');
    const toolbar = page.querySelector(`.${PRINT_HIDE_CLASS}`);
    expect(toolbar?.textContent).toContain('打印');
    expect(toolbar?.textContent).toContain('返回项目');
    expect(toolbar?.textContent).toContain('上传盖章扫描件');
    expect(page.querySelector('[data-testid="official-form"]')?.textContent).toContain('■新建');
    expect(document.title).toBe('项目立项申请表-3F2A9C1E');
  });

  it('prints a change’s 项目变更单 from the change', async () => {
    const page = await open(`/projects/${PROJECT_ID}/print/change-request?change=c1`);
    const rows = page.querySelectorAll('[data-testid="list-hardwareChanges"] tbody tr');
    expect(squeeze(rows[0]?.textContent)).toBe('1旧服务器新服务器100元');
    expect(page.querySelector(`.${PRINT_HIDE_CLASS} .ant-formily-item`)).toBeNull();
  });

  it('lets 附表2 be filled in place, prefilled from the project, and keeps it across reloads', async () => {
    let page = await open(`/projects/${PROJECT_ID}/print/data-resource-checklist`);
    const unit = page.querySelector('input[aria-label="单位名称"]') as HTMLInputElement;
    expect(unit.value).toBe('连平县教育局');
    expect(page.querySelector('[data-testid="list-dataItems"]')).not.toBeNull();
    const summary = page.querySelector('textarea[aria-label="项目简介"]') as HTMLTextAreaElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(summary, '统一的校园管理平台');
      summary.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const sheetText = () => squeeze(page.querySelector('[data-testid="official-form"]')?.textContent);
    expect(sheetText()).toContain('项目简介统一的校园管理平台');
    expect(JSON.parse(localStorage.getItem(`banfa.draft.print.${PROJECT_ID}.data-resource-checklist`) ?? '{}')).toMatchObject({ unitName: '连平县教育局', summary: '统一的校园管理平台' });

    act(() => root?.unmount());
    container.remove();
    page = await open(`/projects/${PROJECT_ID}/print/data-resource-checklist`);
    expect((page.querySelector('textarea[aria-label="项目简介"]') as HTMLTextAreaElement).value).toBe('统一的校园管理平台');
    expect(sheetText()).toContain('项目简介统一的校园管理平台');
  });

  it('names the forms there are for an unknown form id', async () => {
    const page = await open(`/projects/${PROJECT_ID}/print/no-such-form`);
    expect(page.textContent).toContain('本项目适用的政策没有表格“no-such-form”');
    expect(page.textContent).toContain('项目数据资源管理核查表');
  });
});
