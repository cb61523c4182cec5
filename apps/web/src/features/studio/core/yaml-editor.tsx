import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import { focusHighlight, highlightRange } from './focus-highlight';

/** A change that came from outside (a form edit), not from typing here: not reported back, not in the undo history. */
const external = Annotation.define<boolean>();

/** Where to take the user: select `from`, scroll it to the middle, mark the element's lines; focus the editor if asked. */
export interface Reveal {
  from: number;
  to: number;
  focus: boolean;
  /** A new object per request, so the same place can be asked for twice. */
  seq: number;
}

export interface YamlEditorProps {
  value: string;
  /** The revision of `value`: a value older than what was typed here (its news still on the way) is not applied. */
  revision: number;
  readOnly: boolean;
  /** The user typed; returns the revision the text got. */
  onChange(text: string): number;
  /** Lint diagnostics for `text`; applied only while the editor shows that very text (else they would be misplaced). */
  diagnostics: { text: string; items: Diagnostic[] };
  /** The user moved the cursor (a click, the arrow keys), to this offset of this text. */
  onCursor(offset: number, text: string): void;
  reveal: Reveal | null;
  label: string;
}

/** The smallest replacement that turns `before` into `after`: the cursor and scroll of the rest stay put. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/**
 * CodeMirror 6 for the policy's YAML, as a small React wrapper: the view is made once; the text from outside is
 * applied as a minimal change (so a form edit beside does not move the cursor or the scroll); typing is reported
 * back. CodeMirror injects its styles as <style> elements, which the page's CSP allows (style-src 'unsafe-inline');
 * it needs no eval.
 */
export function YamlEditor(props: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const editable = useRef(new Compartment());
  // The revision of the text the editor holds (typed here, or applied from outside).
  const shown = useRef(props.revision);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const created = new EditorView({
      parent,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          focusHighlight(),
          // Tab is left to move focus on (keyboard users leave the editor with it); indentation is typed as spaces.
          editable.current.of(EditorState.readOnly.of(latest.current.readOnly)),
          EditorView.contentAttributes.of({ 'aria-label': latest.current.label }),
          EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } }),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            const fromOutside = update.transactions.some((transaction) => transaction.annotation(external));
            if (update.docChanged && !fromOutside) shown.current = latest.current.onChange(update.state.doc.toString());
            // Only a cursor moved on purpose (a click, the arrow keys) is followed: while typing the element stays the
            // same, and finding it means parsing the whole text.
            const moved = update.transactions.some((transaction) => transaction.isUserEvent('select'));
            if (update.selectionSet && moved && !update.docChanged) latest.current.onCursor(update.state.selection.main.head, update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current || props.revision < shown.current) return;
    shown.current = props.revision;
    const text = current.state.doc.toString();
    if (text === props.value) return;
    current.dispatch({ changes: minimalChange(text, props.value), annotations: [external.of(true), Transaction.addToHistory.of(false)] });
  }, [props.value, props.revision]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(props.readOnly)) });
  }, [props.readOnly]);

  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() !== props.diagnostics.text) return;
    current.dispatch(setDiagnostics(current.state, props.diagnostics.items));
  }, [props.diagnostics]);

  useEffect(() => {
    const current = view.current;
    const reveal = props.reveal;
    if (!current || !reveal) return;
    const length = current.state.doc.length;
    const from = Math.min(reveal.from, length);
    current.dispatch({
      selection: { anchor: from },
      effects: [EditorView.scrollIntoView(from, { y: 'center' }), highlightRange.of({ from, to: Math.min(reveal.to, length) })],
    });
    if (reveal.focus) current.focus();
  }, [props.reveal]);

  return <div ref={host} className="studio-yaml-editor" style={{ height: '100%', minHeight: 0, overflow: 'hidden', border: '1px solid #d9d9d9', borderRadius: 6 }} />;
}
