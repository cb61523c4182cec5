/// <reference types="node" />
import type { CompareOutcomesRequest, ComparisonMatrixView, OutcomeComparisonView } from '@banfa/api-contract';
import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { compareConfigurations, compareOutcomes, parseSampleProject, type PolicyColumn } from '@banfa/policy-compare';
import { loadPolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import dayjs from 'dayjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JurisdictionNode } from './jurisdiction-options';
import { ComparisonPage } from './comparison.page';

/** The five seed regulations, and what the api answers about them (computed with the same library). */
const POLICIES = resolve(import.meta.dirname, '../../../../../policies');
const FILES: Record<string, string> = {
  '141023': '141023-xiangfen/2022.policy.yaml',
  '210882': '210882-dashiqiao/interim-2025.policy.yaml',
  '360000': '360000-jiangxi/2024.policy.yaml',
  '371702': '371702-mudan/trial-2023.policy.yaml',
  '441623': '441623-lianping/consultation-draft-2.policy.yaml',
};
const CODES = Object.keys(FILES);
const calendar = new WorkingCalendar(chineseDaysYears());
const documents = new Map<string, PolicyDocument>();

const tree = (): JurisdictionNode[] =>
  CODES.map((code) => ({ code, name: documents.get(code)?.jurisdiction.name ?? code, level: 'county', hasPolicy: true, policies: [], children: [] }));

function columnsFor(codes: string[]): PolicyColumn[] {
  return codes.map((code) => ({ document: documents.get(code) as PolicyDocument }));
}

function views(codes: string[], headers: ComparisonMatrixView['columns'] | ReturnType<typeof compareConfigurations>['columns']): ComparisonMatrixView['columns'] {
  return headers.map((header, index) => ({ ...header, versionId: `${codes[index]}:v1`, draft: false }));
}

let root: Root | null = null;
let container: HTMLElement;
const requests: Array<{ url: string; method: string; body?: unknown }> = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // antd reads media queries and element sizes, which jsdom does not provide.
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => {
    try {
      return computed(element);
    } catch {
      return document.createElement('div').style;
    }
  };
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
  for (const [code, file] of Object.entries(FILES)) documents.set(code, loadPolicyYaml(readFileSync(resolve(POLICIES, file), 'utf8'), file));
});

beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      requests.push({ url, method, body });
      const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'Content-Type': 'application/json' } });
      if (url === '/api/jurisdictions') return json(tree());
      if (url.startsWith('/api/comparisons/matrix?')) {
        const query = new URLSearchParams(url.split('?')[1]);
        const codes = (query.get('jurisdictions') ?? '').split(',');
        const matrix = compareConfigurations(columnsFor(codes), { at: query.get('at') ?? '' });
        return json({ at: matrix.at ?? '', columns: views(codes, matrix.columns), sections: matrix.sections, rows: matrix.rows } satisfies ComparisonMatrixView);
      }
      if (url === '/api/comparisons/outcomes') {
        const request = body as CompareOutcomesRequest;
        const codes = request.jurisdictions ?? [];
        const parsed = parseSampleProject(request.project);
        if (!parsed.ok) throw new Error('bad project');
        const outcomes = compareOutcomes(columnsFor(codes), parsed.project, request.at ?? '', calendar);
        return json({
          at: outcomes.at,
          columns: views(codes, outcomes.columns),
          project: outcomes.project,
          outcomes: outcomes.outcomes.map(({ report: _report, ...outcome }) => outcome),
          sections: outcomes.sections,
          rows: outcomes.rows,
          missingFacts: [{ key: 'projectLevel', label: '项目层级', type: 'enum', options: [{ value: 'city', label: '市级' }], columns: ['jiangxi-province-digital-projects'] }],
        } satisfies OutcomeComparisonView);
      }
      if (url === '/api/comparisons/outcomes.xlsx') {
        return new Response(new Blob(['xlsx']), {
          status: 200,
          headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent('政务信息化项目管理办法对比.xlsx')}` },
        });
      }
      return new Response(JSON.stringify({ code: 'not-found', message: '不存在', details: [] }), { status: 404 });
    }),
  );
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200 && !check(); attempt++) await act(() => new Promise((done) => setTimeout(done, 25)));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

async function open(): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root?.render(
      <AntApp>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/compare']}>
            <ComparisonPage />
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>,
    );
  });
  await until(() => container.querySelector('[data-testid="cell-filing-threshold-441623"]') !== null, 'the matrix');
  return container;
}

const byTestId = (scope: ParentNode, id: string) => scope.querySelector(`[data-testid="${id}"]`);
const button = (scope: ParentNode, text: string) => [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, '') === text);

describe('ComparisonPage', { timeout: 60_000 }, () => {
  it('opens on every jurisdiction with a regulation, each policy with its status and each cell with its article', async () => {
    const page = await open();
    const today = dayjs().format('YYYY-MM-DD');
    expect(requests.find((request) => request.url.startsWith('/api/comparisons/matrix'))?.url).toBe(`/api/comparisons/matrix?jurisdictions=${CODES.join(',')}&at=${today}`);
    const matrix = byTestId(page, 'comparison-matrix') as HTMLElement;
    expect(byTestId(matrix, 'column-441623')?.textContent).toContain('征求意见稿');
    expect(byTestId(matrix, 'column-371702')?.textContent).toContain('试行（已过期）');
    expect(byTestId(matrix, 'cell-filing-threshold-441623')?.textContent).toContain('50万元');
    expect(byTestId(byTestId(matrix, 'cell-requirement:supervision-371702') as HTMLElement, 'cite')?.textContent).toBe('第十七条');

    // 只看不同
    const rows = () => matrix.querySelectorAll('tbody tr.ant-table-row:not(.comparison-section-row)').length;
    const all = rows();
    await act(async () => (page.querySelector('[role="switch"][aria-label="只看不同"]') as HTMLElement).click());
    expect(rows()).toBeLessThan(all);
    expect(matrix.querySelectorAll('tbody tr.ant-table-row:not(.comparison-section-row):not(.comparison-row-differs)')).toHaveLength(0);
  });

  it('runs one sample project through all of them, with the chart, and exports both as one workbook', async () => {
    const page = await open();
    const today = dayjs().format('YYYY-MM-DD');
    const tab = [...page.querySelectorAll('[role="tab"]')].find((candidate) => candidate.textContent === '同一项目对比') as HTMLElement;
    await act(async () => tab.click());
    await until(() => page.querySelector('#totalInvestment') !== null, 'the sample project form');
    const amount = page.querySelector('#totalInvestment') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(amount, '80');
      amount.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button(page, '运行对比')?.click());
    await until(() => byTestId(page, 'comparison-outcomes') !== null && byTestId(page, 'cell-track-441623') !== null, 'the outcomes');

    expect(requests.find((request) => request.url === '/api/comparisons/outcomes')?.body).toEqual({
      jurisdictions: CODES,
      at: today,
      project: { facts: { totalInvestment: '80万元', involvesCryptography: false }, events: [{ kind: 'submitted', on: today }] },
    });
    const outcomes = byTestId(page, 'comparison-outcomes') as HTMLElement;
    expect(byTestId(outcomes, 'cell-track-441623')?.textContent).toContain('审批制');
    expect(byTestId(byTestId(outcomes, 'cell-track-441623') as HTMLElement, 'cite')?.textContent).toBe('第十一条');
    expect(page.querySelectorAll('[data-testid^="approval-bar-"]')).toHaveLength(5);
    expect(byTestId(page, 'approval-bar-441623')?.textContent).toContain('27个工作日');
    // What the policies still need is asked next, saying who needs it.
    expect(page.textContent).toContain('补充其他事实：所对比的办法作出判断还需要的 1 项（可选）');

    const created = vi.fn(() => 'blob:workbook');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await act(async () => button(page, '导出Excel')?.click());
    await until(() => clicked.length > 0, 'the download');
    expect(requests.find((request) => request.url === '/api/comparisons/outcomes.xlsx')).toMatchObject({ method: 'POST', body: { jurisdictions: CODES, at: today } });
    expect(clicked).toEqual(['政务信息化项目管理办法对比.xlsx']);
  });
});
