import type { PolicyVersionView } from '@banfa/api-contract';
import { parsePolicyYaml, type PolicyIssue } from '@banfa/policy-model';
import { useMemo, useState, type ReactNode } from 'react';
import { StudioDraftContext, type DocumentPath, type StudioDraft } from '../../studio-draft.context';

type Data = Record<string, unknown>;

/** Immutable set at a path (containers along it copied), as the studio's store does with its data. */
function setAt(data: unknown, path: DocumentPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(data) ? [...data] : { ...((data as Data) ?? {}) }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(key as number, 1);
    else delete copy[key];
    return copy;
  }
  copy[key] = setAt(copy[key], rest, value);
  return copy;
}

export interface FakeDraftLog {
  calls: Array<{ op: 'setIn' | 'deleteIn' | 'appendIn'; path: DocumentPath; value?: unknown }>;
  data(): Data;
}

/**
 * A StudioDraft over plain data, for the designer's specs: the four edits change `data` (immutably) and are
 * recorded; `parsed` comes from the seed text it was made from (the facts the designer reads).
 */
export function FakeDraft({ yaml, data, editable = true, issues = [], log, children }: { yaml: string; data: Data; editable?: boolean; issues?: PolicyIssue[]; log: FakeDraftLog; children: ReactNode }) {
  const [current, setCurrent] = useState<Data>(data);
  const parsed = useMemo(() => parsePolicyYaml(yaml), [yaml]);
  log.data = () => current;
  const draft: StudioDraft = {
    version: { id: 'v1', state: editable ? 'draft' : 'published' } as PolicyVersionView,
    editable,
    yaml,
    data: current,
    parsed,
    issues,
    issuesAt: (path) => issues.filter((issue) => path.every((part, index) => issue.path[index] === part)),
    scenarios: '',
    setIn: (path, value) => {
      if (!editable) return;
      log.calls.push({ op: 'setIn', path, value });
      setCurrent((before) => setAt(before, path, value) as Data);
    },
    deleteIn: (path) => {
      if (!editable) return;
      log.calls.push({ op: 'deleteIn', path });
      setCurrent((before) => setAt(before, path, undefined) as Data);
    },
    appendIn: (path, value) => {
      if (!editable) return;
      log.calls.push({ op: 'appendIn', path, value });
      setCurrent((before) => {
        const list = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], before);
        return setAt(before, path, [...(Array.isArray(list) ? list : []), value]) as Data;
      });
    },
    moveIn: () => undefined,
    setYaml: () => undefined,
    setScenarios: () => undefined,
    saveState: { kind: 'saved', at: null },
    saveNow: async () => undefined,
    resolveConflict: async () => undefined,
    focus: null,
    setFocus: () => undefined,
  };
  return <StudioDraftContext.Provider value={draft}>{children}</StudioDraftContext.Provider>;
}
