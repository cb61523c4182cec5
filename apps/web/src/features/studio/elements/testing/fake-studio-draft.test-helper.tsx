import type { PolicyVersionView } from '@banfa/api-contract';
import { parsePolicyYaml, type PolicyIssue } from '@banfa/policy-model';
import { useMemo, useState, type ReactNode } from 'react';
import { parseDocument } from 'yaml';
import { StudioDraftContext, type DocumentPath, type StudioDraft } from '../../studio-draft.context';
import { yamlAppendIn, yamlDeleteIn, yamlMoveIn, yamlSetIn } from './yaml-edit.test-helper';

/** What a test reads back: the draft as the panel last saw it (its YAML text is the source of truth). */
export interface FakeDraftProbe {
  current: StudioDraft | null;
  /** Every YAML text the draft went through, in order (the first is the one it opened with). */
  history: string[];
}

export function createProbe(): FakeDraftProbe {
  return { current: null, history: [] };
}

/**
 * An in-memory StudioDraft: the YAML text in React state, everything else derived from it with the same library
 * the real store uses (parsePolicyYaml), so the element editors are tested against the contract, not C1's store.
 */
export function FakeStudioDraft({ yaml: initial, editable = true, probe, children }: { yaml: string; editable?: boolean; probe?: FakeDraftProbe; children: ReactNode }) {
  const [yaml, setYamlState] = useState(initial);
  const [focus, setFocus] = useState<DocumentPath | null>(null);
  const derived = useMemo(() => {
    const data = (parseDocument(yaml).toJS() ?? {}) as Record<string, unknown>;
    const parsed = parsePolicyYaml(yaml);
    return { data, parsed, issues: parsed.ok ? [] : parsed.issues };
  }, [yaml]);

  const draft = useMemo<StudioDraft>(() => {
    const edit = (change: (text: string) => string) => {
      if (editable) setYamlState(change);
    };
    return {
      version: fakeVersion(yaml, editable),
      editable,
      yaml,
      data: derived.data,
      parsed: derived.parsed,
      issues: derived.issues,
      issuesAt: (path) => derived.issues.filter((issue) => startsWith(issue, path)),
      scenarios: '',
      setIn: (path, value) => edit((text) => yamlSetIn(text, path, value)),
      deleteIn: (path) => edit((text) => yamlDeleteIn(text, path)),
      appendIn: (path, value) => edit((text) => yamlAppendIn(text, path, value)),
      moveIn: (path, from, to) => edit((text) => yamlMoveIn(text, path, from, to)),
      setYaml: (text) => edit(() => text),
      setScenarios: () => undefined,
      saveState: { kind: 'saved', at: null },
      saveNow: async () => undefined,
      resolveConflict: async () => undefined,
      focus,
      setFocus,
    };
  }, [yaml, derived, editable, focus]);

  if (probe) {
    probe.current = draft;
    if (probe.history.at(-1) !== yaml) probe.history.push(yaml);
  }
  return <StudioDraftContext.Provider value={draft}>{children}</StudioDraftContext.Provider>;
}

function startsWith(issue: PolicyIssue, path: DocumentPath): boolean {
  return path.every((part, index) => issue.path[index] === part);
}

function fakeVersion(yaml: string, editable: boolean): PolicyVersionView {
  return {
    id: 'fake-version',
    label: '测试草稿',
    state: editable ? 'draft' : 'published',
    status: 'consultation-draft',
    statusLabel: '征求意见稿',
    effectiveFrom: null,
    effectiveTo: null,
    contentHash: '',
    publishedAt: null,
    basedOnId: null,
    inForce: false,
    updatedAt: null,
    policyId: 'fake-policy',
    jurisdictionCode: '000000',
    lockVersion: 1,
    publishedBy: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    sourceFile: null,
    content: {} as PolicyVersionView['content'],
    yaml,
    scenarios: null,
  };
}
