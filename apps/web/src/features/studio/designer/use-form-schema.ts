import { canonicalJson } from '@banfa/policy-model';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { StudioDraft } from '../studio-draft.context';
import type { SchemaNode } from './design-kinds';
import { schemaEdits } from './schema-edits';

/**
 * How long the designer waits after the last edit before writing the form into the draft's YAML. Each write
 * rewrites and re-validates the whole document (and saves it): while an author works through the properties of
 * a field, the draft gets one write, not one per box.
 */
const WRITE_DELAY_MS = 700;
/** More edits than this at once (an import, a big move) replace the schema as a whole. */
const MAX_EDITS = 40;

interface Local {
  formId: string;
  schema: SchemaNode;
  /** Not written into the draft yet. */
  pending: boolean;
  /** JSON of what was last written, and of the draft's schema before that (it may not have caught up yet). */
  writtenJson: string | null;
  beforeJson: string;
  retried: boolean;
}

/**
 * The schema of the form being designed, between the designer and the draft. The designer's copy answers every
 * keystroke at once; the draft (whose YAML is rewritten and re-validated on each write) gets the edits shortly
 * after typing pauses, and at once when the form is closed. A change of the form in the draft from elsewhere (the
 * YAML pane) replaces the designer's copy when it has nothing pending.
 */
export function useFormSchema(draft: StudioDraft, index: number, formId: string | undefined) {
  const forms = Array.isArray(draft.data['forms']) ? (draft.data['forms'] as Array<Record<string, unknown>>) : [];
  const source = forms[index]?.['schema'] as SchemaNode | undefined;
  // Compared by content, not key order: the draft may write a map's keys in another order than the designer.
  const sourceJson = useMemo(() => canonicalJson(source ?? null), [source]);
  const local = useRef<Local | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const latest = useRef({ draft });
  latest.current = { draft };

  const held = local.current;
  if (held && held.formId === formId && !held.pending && sourceJson !== held.writtenJson && sourceJson !== held.beforeJson) local.current = null;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = local.current;
    if (!current?.pending) return;
    // The form this copy belongs to, found by id: by the time a pending write goes out, another may be open.
    const target = latest.current.draft;
    const list = Array.isArray(target.data['forms']) ? (target.data['forms'] as Array<Record<string, unknown>>) : [];
    const at = list.findIndex((form) => form['id'] === current.formId);
    if (at < 0) return;
    const base = list[at]?.['schema'] as SchemaNode | undefined;
    const edits = schemaEdits(base, current.schema);
    current.beforeJson = canonicalJson(base ?? null);
    current.writtenJson = canonicalJson(current.schema);
    current.pending = false;
    current.retried = false;
    if (edits.length === 0) return;
    if (edits.length > MAX_EDITS || base === undefined) target.setIn(['forms', at, 'schema'], current.schema);
    else {
      for (const edit of edits) {
        if ('remove' in edit) target.deleteIn(['forms', at, 'schema', ...edit.path]);
        else target.setIn(['forms', at, 'schema', ...edit.path], edit.value);
      }
    }
  }, []);

  // A write the draft could not make in place is made once more as a whole; if that fails too, the draft wins.
  useEffect(() => {
    const current = local.current;
    if (!current || current.formId !== formId || current.pending || current.writtenJson === null || sourceJson === current.writtenJson) return;
    if (sourceJson !== current.beforeJson) return;
    if (!current.retried) {
      current.retried = true;
      draft.setIn(['forms', index, 'schema'], current.schema);
    } else {
      local.current = null;
      setProblem('表单未能写入政策的 YAML，已恢复为 YAML 中的内容');
      rerender();
    }
  }, [sourceJson, draft, index, formId]);

  const formIdRef = useRef(formId);
  formIdRef.current = formId;
  const sourceJsonRef = useRef(sourceJson);
  sourceJsonRef.current = sourceJson;
  // Stable (the designer is memoised on its props): it reads the open form from refs.
  const change = useCallback(
    (next: SchemaNode) => {
      const formId = formIdRef.current;
      const sourceJson = sourceJsonRef.current;
      if (!formId) return;
      if (local.current && local.current.formId !== formId) flush();
      const before = local.current?.formId === formId ? local.current : null;
      local.current = { formId, schema: next, pending: true, writtenJson: before?.writtenJson ?? null, beforeJson: before?.beforeJson ?? sourceJson, retried: false };
      setProblem(null);
      rerender();
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, WRITE_DELAY_MS);
    },
    [flush],
  );

  // Closing the form (or the tab, or the page: the draft keeps it in the browser) writes what is pending.
  useEffect(() => () => flush(), [formId, flush]);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  const shown = local.current && local.current.formId === formId ? local.current.schema : source;
  return { schema: shown, change, flush, problem };
}
