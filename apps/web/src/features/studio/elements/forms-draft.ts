import { useMemo, useRef } from 'react';
import type { StudioDraft } from '../studio-draft.context';

/**
 * The draft as the element forms see it: a new object only when what they show changes (the data, the issues,
 * whether it is editable), not when the save state or the YAML cursor does. Every save goes pending → saving →
 * saved, and each step would otherwise re-render every field of the open element. The setters always reach the
 * current draft. `usable` false (a text that does not parse as a document) makes the forms read-only.
 */
export function useFormsDraft(draft: StudioDraft, usable = true): StudioDraft {
  const latest = useRef(draft);
  latest.current = draft;
  const { data, issues } = draft;
  const editable = draft.editable && usable;
  return useMemo<StudioDraft>(
    () => ({
      ...latest.current,
      data,
      issues,
      editable,
      setIn: (path, value) => latest.current.setIn(path, value),
      deleteIn: (path) => latest.current.deleteIn(path),
      appendIn: (path, value) => latest.current.appendIn(path, value),
      moveIn: (path, from, to) => latest.current.moveIn(path, from, to),
      setYaml: (text) => latest.current.setYaml(text),
      setFocus: (path) => latest.current.setFocus(path),
    }),
    [data, issues, editable],
  );
}
