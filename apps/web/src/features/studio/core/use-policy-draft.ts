import type { PolicyVersionView } from '@banfa/api-contract';
import type { ParseResult, PolicyIssue } from '@banfa/policy-model';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentPath, StudioDraft } from '../studio-draft.context';
import { appendInData, deleteInData, moveInData, setInData } from './data-edit';
import type { DraftMirror } from './draft-mirror';
import { DraftSession, type DraftTransport } from './draft-session';
import { createPolicyAnalyser } from './policy-analyser';
import { analysePolicy, plainData, type PolicyAnalysis } from './policy-analysis';
import { useSessionSnapshot } from './use-session-snapshot';
import { appendIn, deleteIn, moveIn, setIn, YamlEditError } from './yaml-edit';

/** The studio's draft, with what the editor page shows about it beyond the contract. */
export interface PolicyDraftStore extends StudioDraft {
  /** Opened with edits this browser kept that had not reached the server. */
  restored: boolean;
  /** The text is newer than its last analysis (the issues and `parsed` are catching up). */
  analysing: boolean;
  /** The text `parsed` and the issues belong to (lint markers only fit that text). */
  analysedText: string;
  /** The revision of `yaml` (see SessionSnapshot.revision). */
  revision: number;
  /** The YAML pane's typing: like setYaml, but the panels hear of it after a pause; returns the new revision. */
  typeYaml(text: string): number;
  /** The YAML pane's cursor: like setFocus, without holding up the typing. */
  followCursor(path: DocumentPath | null): void;
  /** The draft was deleted on the server: stop saving it and forget this browser's copy (see DraftSession.discard). */
  discard(): void;
}

interface Derived {
  /** `data` is the plain data of this text. */
  dataFor: string;
  data: Record<string, unknown>;
  parsedFor: string;
  parsed: ParseResult;
}

const startsWith = (path: ReadonlyArray<string | number>, prefix: DocumentPath) => prefix.every((part, index) => String(path[index]) === String(part));

/**
 * The StudioDraft of one version (see studio-draft.context.ts). The text is the one source of truth: a form edit
 * rewrites it (yaml-edit, keeping the author's layout) and updates `data` at once; the YAML pane replaces it;
 * `parsed` and the issues follow from a Web Worker, so typing never waits for a validation of the whole document.
 */
export function usePolicyDraft(
  version: PolicyVersionView,
  options: { transport: DraftTransport; mirror: DraftMirror; readOnly: boolean; onEditError: (message: string) => void; delayMs?: number },
): PolicyDraftStore {
  const [session] = useState(() => new DraftSession(version, { transport: options.transport, mirror: options.mirror, readOnly: options.readOnly, delayMs: options.delayMs }));
  const { snapshot, typed, urgent } = useSessionSnapshot(session);
  useEffect(() => session.attach(), [session]);

  const [derived, setDerived] = useState<Derived>(() => {
    // Once, at opening: the page needs the document before its first paint of the forms.
    const first: PolicyAnalysis = analysePolicy(snapshot.yaml);
    return { dataFor: first.text, data: first.data, parsedFor: first.text, parsed: first.parsed };
  });

  const analyser = useRef<ReturnType<typeof createPolicyAnalyser> | null>(null);
  useEffect(() => {
    const created = createPolicyAnalyser((analysis) => {
      // An answer for a text already typed over is dropped; the newer text's answer comes next.
      if (analysis.text !== session.getSnapshot().yaml) return;
      startTransition(() => setDerived((before) => ({
        dataFor: analysis.text,
        data: before.dataFor === analysis.text ? before.data : analysis.data,
        parsedFor: analysis.text,
        parsed: analysis.parsed,
      })));
    });
    analyser.current = created;
    return () => {
      created.dispose();
      analyser.current = null;
    };
  }, [session]);
  // The analysis starts at every keystroke (in the worker), not only when the panels hear of it.
  const analyse = useCallback(() => {
    const text = session.getSnapshot().yaml;
    analyser.current?.request(text);
  }, [session]);
  useEffect(() => {
    if (derived.parsedFor !== session.getSnapshot().yaml) analyse();
  }, [snapshot.yaml, derived.parsedFor, session, analyse]);

  const onEditError = useRef(options.onEditError);
  onEditError.current = options.onEditError;
  const editable = session.editable;

  /** A form's edit: the text rewritten in place, the data changed the same way at once. */
  const edit = useCallback(
    (onText: (text: string) => string, onData: (data: Record<string, unknown>) => Record<string, unknown>) => {
      if (!session.editable) return;
      const text = session.getSnapshot().yaml;
      let next: string;
      try {
        next = onText(text);
      } catch (error) {
        if (error instanceof YamlEditError) {
          onEditError.current(error.message);
          return;
        }
        throw error;
      }
      if (next === text) return;
      urgent(() => {
        setDerived((before) => ({ ...before, dataFor: next, data: before.dataFor === text ? onData(before.data) : plainData(next) }));
        session.edit({ yaml: next });
      });
      analyse();
    },
    [session, urgent, analyse],
  );

  const [focus, setFocus] = useState<DocumentPath | null>(null);
  const refused = snapshot.refused;
  const issues: ReadonlyArray<PolicyIssue> = useMemo(() => {
    if (!derived.parsed.ok) return derived.parsed.issues;
    // What only the server checks (the policy's id and jurisdiction), for the text it refused.
    return refused && refused.yaml === snapshot.yaml ? refused.issues : [];
  }, [derived.parsed, refused, snapshot.yaml]);

  const setters = useMemo(
    () => ({
      setIn: (path: DocumentPath, value: unknown) => edit((text) => setIn(text, path, value), (data) => setInData(data, path, value)),
      deleteIn: (path: DocumentPath) => edit((text) => deleteIn(text, path), (data) => deleteInData(data, path)),
      appendIn: (path: DocumentPath, value: unknown) => edit((text) => appendIn(text, path, value), (data) => appendInData(data, path, value)),
      moveIn: (path: DocumentPath, from: number, to: number) => edit((text) => moveIn(text, path, from, to), (data) => moveInData(data, path, from, to)),
      setYaml: (text: string) => {
        session.edit({ yaml: text });
        analyse();
      },
      typeYaml: (text: string) => {
        let revision = 0;
        typed(() => {
          revision = session.edit({ yaml: text });
        });
        analyse();
        return revision;
      },
      followCursor: (path: DocumentPath | null) => startTransition(() => setFocus(path)),
      setScenarios: (text: string) => {
        session.edit({ scenarios: text });
      },
      saveNow: () => session.saveNow(),
      resolveConflict: (choice: 'theirs' | 'mine') => session.resolveConflict(choice),
      discard: () => session.discard(),
    }),
    [edit, session, typed, analyse],
  );

  return useMemo(
    () => ({
      version: snapshot.version,
      editable,
      yaml: snapshot.yaml,
      data: derived.data,
      parsed: derived.parsed,
      issues,
      issuesAt: (path: DocumentPath) => issues.filter((issue) => startsWith(issue.path, path)),
      scenarios: snapshot.scenarios,
      ...setters,
      saveState: snapshot.saveState,
      focus,
      setFocus,
      restored: snapshot.restored,
      // Against the session's text, which typing in the pane has moved on before the panels hear of it.
      analysing: derived.parsedFor !== session.getSnapshot().yaml,
      analysedText: derived.parsedFor,
      revision: snapshot.revision,
    }),
    [snapshot, editable, derived, issues, setters, focus, session],
  );
}
