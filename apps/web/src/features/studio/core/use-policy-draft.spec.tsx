/// <reference types="node" />
import type { PolicyVersionView, SavePolicyDraftRequest } from '@banfa/api-contract';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/http';
import type { DraftMirror, LocalCopy } from './draft-mirror';
import { usePolicyDraft, type PolicyDraftStore } from './use-policy-draft';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MINIMAL = readFileSync(resolve(import.meta.dirname, '../../../../../../tools/policy-scenarios/fixtures/valid/minimal.policy.yaml'), 'utf8');

const version = (patch: Partial<PolicyVersionView> = {}): PolicyVersionView =>
  ({
    id: 'v-draft',
    policyId: 'sample-county',
    jurisdictionCode: '999999',
    label: '试行',
    state: 'draft',
    status: 'trial',
    statusLabel: '试行',
    lockVersion: 1,
    updatedAt: '2026-11-20T04:03:00.000Z',
    yaml: MINIMAL,
    scenarios: null,
    ...patch,
  }) as PolicyVersionView;

let root: Root;
let host: HTMLDivElement;
let store: PolicyDraftStore;
let saves: SavePolicyDraftRequest[];
let editErrors: string[];
let mirror: DraftMirror & { copy: LocalCopy | null };

function mount(view: PolicyVersionView, readOnly = false) {
  const transport = {
    load: async () => view,
    save: async (_id: string, body: SavePolicyDraftRequest) => {
      saves.push(body);
      if (body.yaml?.includes('id: another-policy')) {
        const details = [{ field: 'yaml.id', message: '草稿属于政策“sample-county”，不能改为“another-policy”', hint: '请保持 id: sample-county', line: 3, column: 5 }];
        throw new ApiError(422, { code: 'policy-invalid', message: '政策文件未通过校验', details });
      }
      return { ...view, yaml: body.yaml ?? view.yaml, lockVersion: body.lockVersion + 1 };
    },
  };
  function Probe() {
    store = usePolicyDraft(view, { transport, mirror, readOnly, onEditError: (message) => editErrors.push(message), delayMs: 1000 });
    return null;
  }
  act(() => root.render(<Probe />));
}

beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  root = createRoot(host);
  saves = [];
  editErrors = [];
  mirror = {
    copy: null,
    read: () => mirror.copy,
    write: (copy) => {
      mirror.copy = copy;
    },
    clear: () => {
      mirror.copy = null;
    },
  };
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('usePolicyDraft', () => {
  it('opens with the document parsed and its data', () => {
    mount(version());
    expect(store.parsed.ok).toBe(true);
    expect(store.issues).toEqual([]);
    expect(store.data['title']).toBe('样例县政务信息化项目管理办法');
  });

  it('a form edit changes the text in place and the data at once, and is autosaved', async () => {
    mount(version());
    act(() => store.setIn(['tracks', 0, 'when', 'threshold', 'amount'], '200'));
    expect(store.yaml).toContain('when: { threshold: { fact: totalInvestment, comparison: lt, amount: "200", unit: 万元 } }');
    expect(store.yaml.split('\n').filter((line, index) => line !== MINIMAL.split('\n')[index])).toHaveLength(1);
    expect((store.data['tracks'] as Array<{ when: { threshold: { amount: string } } }>)[0]?.when.threshold.amount).toBe('200');
    expect(mirror.copy?.yaml).toBe(store.yaml);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(saves.map((save) => save.yaml)).toEqual([store.yaml]);
    expect(store.saveState.kind).toBe('saved');
  });

  it('typing in the YAML reaches the panels after a pause, with its issues', async () => {
    mount(version());
    let revision = 0;
    act(() => {
      revision = store.typeYaml(MINIMAL.replace('status: trial', 'status: tried'));
    });
    expect(revision).toBe(1);
    // The keystroke is kept at once, the panels hear of it after the pause.
    expect(mirror.copy?.yaml).toContain('status: tried');
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(store.yaml).toContain('status: tried');
    expect(store.revision).toBe(1);
    expect(store.analysing).toBe(false);
    expect(store.issues).toHaveLength(1);
    expect(store.issues[0]).toMatchObject({ path: ['status'], line: 8 });
    expect(store.issuesAt(['status'])).toHaveLength(1);
    expect(store.issuesAt(['title'])).toHaveLength(0);
  });

  it('shows what only the server checks (the policy id) as an issue at its line, while that text stands', async () => {
    mount(version());
    act(() => store.setIn(['id'], 'another-policy'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(store.saveState.kind).toBe('invalid');
    expect(store.issues).toEqual([expect.objectContaining({ path: ['id'], line: 3, hint: '请保持 id: sample-county' })]);
    act(() => store.setIn(['id'], 'sample-county'));
    expect(store.issues).toEqual([]);
  });

  it('says why a form edit cannot be made while the YAML does not parse, and changes nothing', async () => {
    mount(version());
    const broken = `${MINIMAL}\nbroken: [unclosed\n`;
    act(() => store.setYaml(broken));
    act(() => store.setIn(['title'], '新标题'));
    expect(editErrors).toEqual([expect.stringMatching(/第 \d+ 行第 \d+ 列有语法错误/)]);
    expect(store.yaml).toBe(broken);
  });

  it('a read-only version ignores every edit', async () => {
    mount(version({ state: 'published' }));
    expect(store.editable).toBe(false);
    act(() => {
      store.setIn(['title'], '改不了');
      store.setYaml('title: 改不了\n');
    });
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(store.yaml).toBe(MINIMAL);
    expect(saves).toHaveLength(0);
  });
});
