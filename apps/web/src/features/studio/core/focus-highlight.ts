import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Marks the lines of the element the user is looking at in the forms, so the YAML beside shows where it is. */
export const highlightRange = StateEffect.define<{ from: number; to: number } | null>();

const line = Decoration.line({ class: 'cm-studio-focus' });
/** A whole section in focus (all the stages) is not worth painting line by line. */
const MAX_LINES = 400;

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(highlightRange)) continue;
      if (!effect.value) {
        next = Decoration.none;
        continue;
      }
      const doc = transaction.state.doc;
      const first = doc.lineAt(Math.min(effect.value.from, doc.length)).number;
      const last = Math.min(doc.lineAt(Math.min(effect.value.to, doc.length)).number, first + MAX_LINES);
      const ranges = [];
      for (let number = first; number <= last; number += 1) ranges.push(line.range(doc.line(number).from));
      next = Decoration.set(ranges);
    }
    return next;
  },
  provide: (value) => EditorView.decorations.from(value),
});

export function focusHighlight(): Extension {
  return [field, EditorView.baseTheme({ '.cm-studio-focus': { backgroundColor: '#e6f4ff' } })];
}
