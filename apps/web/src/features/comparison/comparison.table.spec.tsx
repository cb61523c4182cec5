/// <reference types="node" />
import type { ComparisonColumnView } from '@banfa/api-contract';
import { compareConfigurations, type ConfigurationMatrix } from '@banfa/policy-compare';
import { loadPolicyYaml } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ComparisonTable } from './comparison.table';

const POLICIES = resolve(import.meta.dirname, '../../../../../policies');
const FILES = ['441623-lianping/consultation-draft-2.policy.yaml', '371702-mudan/trial-2023.policy.yaml', '360000-jiangxi/2024.policy.yaml'];

let matrix: ConfigurationMatrix;
let columns: ComparisonColumnView[];
let root: Root | null = null;
let container: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
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
  const documents = FILES.map((file) => loadPolicyYaml(readFileSync(resolve(POLICIES, file), 'utf8'), file));
  matrix = compareConfigurations(documents, { at: '2025-10-01' });
  columns = matrix.columns.map((column, index) => ({ ...column, versionId: FILES[index] ?? '', draft: false }));
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
});

function render(differsOnly: boolean): HTMLElement {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  act(() => root?.render(<ComparisonTable testId="matrix" columns={columns} sections={matrix.sections} rows={matrix.rows} differsOnly={differsOnly} />));
  return container;
}

const cell = (view: HTMLElement, row: string, code: string) => view.querySelector(`[data-testid="cell-${row}-${code}"]`);

describe('the comparison table', { timeout: 30_000 }, () => {
  it('shows each policy with its status, and each cell with its article', () => {
    const view = render(false);
    expect(view.querySelector('[data-testid="column-441623"]')?.textContent).toContain('征求意见稿');
    expect(view.querySelector('[data-testid="column-371702"]')?.textContent).toContain('试行（已过期）');
    const filing = cell(view, 'filing-threshold', '441623');
    expect(filing?.textContent).toContain('项目总投资 ≤ 50万元（A1） → 备案制');
    expect(filing?.querySelector('[data-testid="cite"]')?.textContent).toBe('第十二条');
    const supervision = cell(view, 'requirement:supervision', '371702');
    expect(supervision?.textContent).toContain('100万元');
    expect(supervision?.querySelector('[data-testid="cite"]')?.textContent).toBe('第十七条');
    expect(cell(view, 'requirement:supervision', '360000')?.textContent).toBe('—');
  });

  it('highlights the rows that differ and marks the stricter cell', () => {
    const view = render(false);
    expect(view.querySelectorAll('tr.comparison-row-differs').length).toBe(matrix.rows.filter((row) => row.differs).length);
    const stricter = matrix.rows.flatMap((row) => row.cells.filter((entry) => entry.stricter)).length;
    expect(stricter).toBeGreaterThan(0);
    expect(view.querySelectorAll('[data-testid="stricter"]').length).toBe(stricter);
  });

  it('只看不同: shows only the rows that differ', () => {
    const all = render(false).querySelectorAll('tbody tr:not(.comparison-section-row):not(.ant-table-measure-row)').length;
    act(() => root?.unmount());
    container.remove();
    const differing = render(true).querySelectorAll('tbody tr:not(.comparison-section-row):not(.ant-table-measure-row)').length;
    expect(all).toBe(matrix.rows.length);
    expect(differing).toBe(matrix.rows.filter((row) => row.differs).length);
    expect(differing).toBeLessThan(all);
  });
});
