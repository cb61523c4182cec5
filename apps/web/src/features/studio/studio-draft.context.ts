import type { PolicyVersionView } from '@banfa/api-contract';
import type { ParseResult, PolicyIssue } from '@banfa/policy-model';
import { createContext, useContext } from 'react';

/** A path into the policy document, as in PolicyIssue.path: ['stages', 0, 'steps', 2, 'deadline']. */
export type DocumentPath = ReadonlyArray<string | number>;

/** Where the draft is with the server. */
export type DraftSaveState =
  | { kind: 'saved'; at: string | null }
  /** Edited here; the autosave will send it shortly (kept in this browser meanwhile). */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The server refused the content (422): the issues say where; nothing was stored there, all is kept here. */
  | { kind: 'invalid'; message: string }
  /** Someone else saved this draft since it was opened (409): nothing is overwritten; the user chooses. */
  | { kind: 'conflict'; message: string; theirs: PolicyVersionView }
  /** No connection or a server error: kept in this browser, retried. */
  | { kind: 'offline'; message: string };

/**
 * The policy version open in the studio. The YAML text is the one source of truth: the element forms write into it
 * (`setIn`, keeping the author's comments and layout), the YAML pane edits it directly, and everything else — the
 * parsed document, the issues with their line:col and field path, the simulation — is derived from it.
 *
 * Published versions open read-only (`editable` false): every setter is then a no-op.
 */
export interface StudioDraft {
  version: PolicyVersionView;
  editable: boolean;
  /** The document's YAML text, as edited. */
  yaml: string;
  /** The text as plain data (yaml's toJS), even while it is invalid, so the forms can show what is there. */
  data: Record<string, unknown>;
  /** parsePolicyYaml(yaml): the effective document (readings applied) and the written one, or the issues. */
  parsed: ParseResult;
  /** Every issue of the current text (empty when valid), each with line, column and path. */
  issues: ReadonlyArray<PolicyIssue>;
  /** The issues at `path` or below it (for showing an error at its field). */
  issuesAt(path: DocumentPath): PolicyIssue[];
  /** The scenario file (YAML), as edited; '' when the version has none. */
  scenarios: string;

  /** Replaces the value at `path` (creating maps on the way); `undefined` deletes it. */
  setIn(path: DocumentPath, value: unknown): void;
  /** Removes the element at `path` (a map key or a list item). */
  deleteIn(path: DocumentPath): void;
  /** Appends `value` to the list at `path` (creating the list when absent). */
  appendIn(path: DocumentPath, value: unknown): void;
  /** Moves a list item from one index to another within the list at `path`. */
  moveIn(path: DocumentPath, from: number, to: number): void;
  /** Replaces the whole YAML text (the YAML pane). */
  setYaml(text: string): void;
  /** Replaces the scenario file. */
  setScenarios(text: string): void;

  saveState: DraftSaveState;
  /** Sends pending changes now (the autosave calls it after a pause in typing). */
  saveNow(): Promise<void>;
  /** After a conflict: take the other editor's version (dropping ours) or keep ours on top of theirs. */
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void>;

  /** The element the user is looking at (forms ↔ YAML pane follow it); null: none. */
  focus: DocumentPath | null;
  setFocus(path: DocumentPath | null): void;
}

export const StudioDraftContext = createContext<StudioDraft | null>(null);

/** The version open in the studio; only inside the studio's editor page. */
export function useStudioDraft(): StudioDraft {
  const draft = useContext(StudioDraftContext);
  if (!draft) throw new Error('useStudioDraft() outside the policy studio editor');
  return draft;
}
