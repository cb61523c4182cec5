import { useCallback, useReducer, useRef } from 'react';
import type { SchemaNode } from './design-kinds';

/** How long keystrokes into one property count as one edit for undo. */
const COALESCE_MS = 1200;
const LIMIT = 200;

export interface DesignHistory {
  /** The schema every edit builds on: the latest one emitted (a render may not have caught up yet). */
  current(): SchemaNode;
  /**
   * Applies an edit. Edits with the same `coalesce` key in quick succession (typing a label) undo as one.
   * Returns the new schema.
   */
  commit(edit: SchemaNode | ((current: SchemaNode) => SchemaNode), coalesce?: string): SchemaNode;
  undo(): SchemaNode | null;
  redo(): SchemaNode | null;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo and redo for the controlled designer: the schemas before and after, kept here; every step goes out through
 * `onChange`. A schema that arrives from outside (the YAML pane, another form) starts a new history: undoing past
 * it would silently revert someone else's edit.
 */
export function useDesignHistory(schema: SchemaNode, onChange: (next: SchemaNode) => void): DesignHistory {
  const past = useRef<SchemaNode[]>([]);
  const future = useRef<SchemaNode[]>([]);
  const emitted = useRef(schema);
  const last = useRef<{ key?: string; at: number }>({ at: 0 });
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const seen = useRef(schema);
  if (schema !== seen.current) {
    seen.current = schema;
    if (schema !== emitted.current) {
      past.current = [];
      future.current = [];
      emitted.current = schema;
      last.current = { at: 0 };
    }
  }

  const emit = useCallback((next: SchemaNode) => {
    emitted.current = next;
    onChangeRef.current(next);
    rerender();
  }, []);

  const commit = useCallback(
    (edit: SchemaNode | ((current: SchemaNode) => SchemaNode), coalesce?: string) => {
      const before = emitted.current;
      const next = typeof edit === 'function' ? edit(before) : edit;
      if (next === before) return before;
      const now = Date.now();
      const continues = coalesce !== undefined && last.current.key === coalesce && now - last.current.at < COALESCE_MS && past.current.length > 0;
      if (!continues) {
        past.current.push(before);
        if (past.current.length > LIMIT) past.current.shift();
      }
      last.current = { key: coalesce, at: now };
      future.current = [];
      emit(next);
      return next;
    },
    [emit],
  );

  const undo = useCallback(() => {
    const previous = past.current.pop();
    if (!previous) return null;
    future.current.push(emitted.current);
    last.current = { at: 0 };
    emit(previous);
    return previous;
  }, [emit]);

  const redo = useCallback(() => {
    const next = future.current.pop();
    if (!next) return null;
    past.current.push(emitted.current);
    last.current = { at: 0 };
    emit(next);
    return next;
  }, [emit]);

  const current = useCallback(() => emitted.current, []);
  return { current, commit, undo, redo, canUndo: past.current.length > 0, canRedo: future.current.length > 0 };
}
