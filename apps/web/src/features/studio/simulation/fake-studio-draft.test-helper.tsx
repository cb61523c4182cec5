import type { PolicyVersionView } from '@banfa/api-contract';
import { parsePolicyYaml, type PolicyIssue } from '@banfa/policy-model';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { act, useMemo, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { parseDocument } from 'yaml';
import { StudioDraftContext, type DraftSaveState, type StudioDraft } from '../studio-draft.context';

/** What a test can do to the fake draft from outside, and read of it. */
export interface FakeDraftHandle {
  draft: StudioDraft;
  setYaml(text: string): void;
  setScenarios(text: string): void;
  setSaveState(state: DraftSaveState): void;
  saves: number;
}

export function fakeVersion(overrides: Partial<PolicyVersionView> = {}): PolicyVersionView {
  return {
    id: 'v-draft',
    policyId: 'p-lianping',
    jurisdictionCode: '441623',
    label: '二次征求意见稿（修订）',
    state: 'draft',
    status: 'consultation-draft',
    statusLabel: '征求意见稿',
    effectiveFrom: null,
    effectiveTo: null,
    contentHash: 'c0ffee'.repeat(10),
    publishedAt: null,
    basedOnId: 'v-published',
    inForce: false,
    updatedAt: '2026-11-20T08:00:00.000Z',
    lockVersion: 3,
    publishedBy: null,
    createdAt: '2026-11-20T08:00:00.000Z',
    sourceFile: 'policies/441623-lianping/consultation-draft-2.policy.yaml',
    content: {} as PolicyVersionView['content'],
    yaml: '',
    scenarios: null,
    ...overrides,
  };
}

/**
 * A StudioDraft over two texts held in React state, as C1's store is: the YAML is the source of truth and the rest
 * is derived from it (parsePolicyYaml), so panels see exactly what they would in the studio.
 */
function FakeStudio({ yaml: initialYaml, scenarios: initialScenarios, version, saveState: initialSave, handle, children }: {
  yaml: string;
  scenarios: string;
  version: PolicyVersionView;
  saveState: DraftSaveState;
  handle: FakeDraftHandle;
  children: ReactNode;
}) {
  const [yaml, setYaml] = useState(initialYaml);
  const [scenarios, setScenarios] = useState(initialScenarios);
  const [saveState, setSaveState] = useState<DraftSaveState>(initialSave);
  // As core's store has it: analysed in a Web Worker, so the documents arrive as structured clones (no shared
  // identity between the effective and the written document).
  const parsed = useMemo(() => structuredClone(parsePolicyYaml(yaml)), [yaml]);
  const editable = version.state === 'draft';
  const draft = useMemo<StudioDraft>(() => {
    const issues: PolicyIssue[] = parsed.ok ? [] : parsed.issues;
    const edit = (change: (doc: ReturnType<typeof parseDocument>) => void) => {
      const doc = parseDocument(yaml);
      change(doc);
      setYaml(doc.toString());
    };
    return {
      version,
      editable,
      yaml,
      data: (parseDocument(yaml).toJS() ?? {}) as Record<string, unknown>,
      parsed,
      issues,
      issuesAt: (path) => issues.filter((issue) => path.every((part, index) => issue.path[index] === part)),
      scenarios,
      setIn: (path, value) => edit((doc) => (value === undefined ? doc.deleteIn(path) : doc.setIn(path, value))),
      deleteIn: (path) => edit((doc) => doc.deleteIn(path)),
      appendIn: (path, value) => edit((doc) => doc.addIn(path, value)),
      moveIn: () => undefined,
      setYaml,
      setScenarios: (text) => editable && setScenarios(text),
      saveState,
      saveNow: async () => {
        handle.saves++;
        setSaveState({ kind: 'saved', at: new Date().toISOString() });
      },
      resolveConflict: async () => undefined,
      focus: null,
      setFocus: () => undefined,
    };
  }, [version, editable, yaml, parsed, scenarios, saveState, handle]);
  handle.draft = draft;
  handle.setYaml = (text) => setYaml(text);
  handle.setScenarios = (text) => setScenarios(text);
  handle.setSaveState = setSaveState;
  return <StudioDraftContext.Provider value={draft}>{children}</StudioDraftContext.Provider>;
}

/** Where the router is, for tests of navigation. */
function Location() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

export interface Mounted {
  container: HTMLElement;
  handle: FakeDraftHandle;
  unmount(): void;
}

/** Renders panels inside a fake studio (antd App, React Query, a router at /studio/versions/:id). */
export async function mountInStudio(
  panels: ReactNode,
  { yaml, scenarios = '', version = fakeVersion(), saveState = { kind: 'saved', at: null }, wrap = (node) => node }: { yaml: string; scenarios?: string; version?: PolicyVersionView; saveState?: DraftSaveState; wrap?: (node: ReactNode) => ReactNode },
): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const handle = { saves: 0 } as FakeDraftHandle;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  await act(async () => {
    root.render(
      <AntApp>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[`/studio/versions/${version.id}`]}>
            {wrap(
              <Routes>
                <Route
                  path="/studio/versions/:id"
                  element={
                    <>
                      <Location />
                      <FakeStudio yaml={yaml} scenarios={scenarios} version={version} saveState={saveState} handle={handle}>
                        {panels}
                      </FakeStudio>
                    </>
                  }
                />
              </Routes>,
            )}
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>,
    );
  });
  return {
    container,
    handle,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
