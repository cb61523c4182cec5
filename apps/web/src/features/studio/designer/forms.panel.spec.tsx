/// <reference types="node" />
import { act } from 'react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { App as AntApp } from 'antd';
import { prepareJsdomForAntd } from '../../../formily/testing/jsdom-antd.test-helper';
import { FormsPanel } from './forms.panel';
import { button, byId, click, labelled, typeInto } from './testing/designer-dom.test-helper';
import { FakeDraft, type FakeDraftLog } from './testing/fake-draft.test-helper';

const YAML = readFileSync(resolve(import.meta.dirname, '../../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');
let root: Root | null = null;
let container: HTMLElement;

beforeAll(prepareJsdomForAntd);
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
});

function open(editable = true): FakeDraftLog {
  const log: FakeDraftLog = { calls: [], data: () => ({}) };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <AntApp>
        <FakeDraft yaml={YAML} data={parse(YAML) as Record<string, unknown>} editable={editable} log={log}>
          <FormsPanel />
        </FakeDraft>
      </AntApp>,
    ),
  );
  return log;
}

const forms = (log: FakeDraftLog) => log.data()['forms'] as Array<Record<string, unknown>>;
const wait = (ms: number) => act(() => new Promise((done) => setTimeout(done, ms)));

describe('FormsPanel', { timeout: 60_000 }, () => {
  it('lists the draft’s forms and opens the first, 附表1, in the designer', () => {
    open();
    expect(container.querySelector('[data-testid="form-item-project-application"]')?.textContent).toContain('项目立项申请表');
    expect(container.querySelector('[data-testid="form-item-change-request"]')?.textContent).toContain('附表3');
    expect(labelled(container.querySelector('[data-testid="designer-preview"]') as HTMLElement, '申请单位')).not.toBeNull();
  });

  it('adds a new empty form with its id, title and citation, opens it, and writes what is designed back into the draft', async () => {
    const log = open();
    await click(button(container, '新建表单'));
    await act(async () => typeInto(byId('new-form-title'), '项目验收申请表'));
    await act(async () => typeInto(byId('new-form-id'), 'acceptance-application'));
    await act(async () => typeInto(document.querySelector('input[aria-label="附表编号"]') as HTMLInputElement, '4'));
    await click(button(document.body, '创建'));
    expect(log.calls.at(-1)).toEqual({
      op: 'appendIn',
      path: ['forms'],
      value: { id: 'acceptance-application', title: '项目验收申请表', cite: { appendix: 4 }, schema: { type: 'object', properties: {} } },
    });
    expect(container.textContent).toContain('表单还是空的');
    await click(button(container, '添加单行文本'));
    // Written shortly after the edit, as the one property that changed.
    await wait(400);
    expect(log.calls.at(-1)).toMatchObject({ op: 'setIn', path: ['forms', 3, 'schema', 'properties', 'text1'] });
    expect(forms(log)[3]?.['schema']).toMatchObject({ properties: { text1: { title: '单行文本', 'x-component': 'Input' } } });
  });

  it('deletes a form', async () => {
    const log = open();
    await click(container.querySelector('[data-testid="form-item-data-resource-checklist"]') as HTMLElement);
    expect(labelled(container.querySelector('[data-testid="designer-preview"]') as HTMLElement, '单位名称')).not.toBeNull();
    await click(button(container, '删除表单项目数据资源管理核查表'));
    await click(button(document.body, '删除'));
    expect(log.calls.at(-1)).toEqual({ op: 'deleteIn', path: ['forms', 1] });
    expect(forms(log).map((form) => form['id'])).toEqual(['project-application', 'change-request']);
  });

  it('shows a published version’s forms read-only', () => {
    open(false);
    expect(button(container, '新建表单').disabled).toBe(true);
    expect(button(container, '添加单行文本').disabled).toBe(true);
    expect(container.textContent).toContain('已发布的版本只能查看表单');
  });
});
