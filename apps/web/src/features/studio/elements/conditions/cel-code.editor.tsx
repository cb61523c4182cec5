import { autocompletion, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { linter, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { explainCondition, FACT_TYPE_LABEL, type FactEnvironment, type ResolvedFact } from '@banfa/policy-model';
import { useEffect, useRef } from 'react';

interface Context {
  facts: ReadonlyArray<ResolvedFact>;
  env: FactEnvironment;
}

/**
 * The CEL text editor: fact names complete as you type (with their Chinese names and, for choices, their values),
 * and what does not type-check against the document's facts is underlined with the reason in Chinese. CodeMirror
 * keeps its own text; `onChange` gets every edit, the caller decides when it reaches the draft.
 */
export function CelCodeEditor({ value, onChange, onBlur, facts, env, disabled }: { value: string; onChange(text: string): void; onBlur?(): void; facts: ReadonlyArray<ResolvedFact>; env: FactEnvironment; disabled?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const context = useRef<Context>({ facts, env });
  context.current = { facts, env };
  const callbacks = useRef({ onChange, onBlur });
  callbacks.current = { onChange, onBlur };
  const editable = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
          autocompletion({ override: [(completion) => complete(completion, context.current)] }),
          linter((current) => diagnose(current.state.doc.toString(), context.current), { delay: 150 }),
          placeholder('例如 involvesCryptography == true && totalInvestment > 50000000'),
          editable.current.of(EditorView.editable.of(!disabled)),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({ blur: () => callbacks.current.onBlur?.() }),
          EditorView.theme({
            '&': { border: '1px solid #d9d9d9', borderRadius: '6px', fontSize: '13px', background: '#fff' },
            '&.cm-focused': { outline: 'none', borderColor: '#1f5fa8', boxShadow: '0 0 0 2px rgba(31,95,168,0.1)' },
            '.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', padding: '6px 4px', minHeight: '48px' },
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorView.editable.of(!disabled)) });
  }, [disabled]);

  return <div ref={host} data-testid="cel-code-editor" />;
}

function diagnose(text: string, { facts, env }: Context): Diagnostic[] {
  if (text.trim() === '') return [];
  const result = explainCondition(env, text, facts);
  if (result.valid) return [];
  const to = Math.min(Math.max(result.to, result.from + 1), text.length);
  const from = Math.min(result.from, Math.max(0, to - 1));
  return [{ from, to, severity: 'error', message: result.hint ? `${result.message}（${result.hint}）` : result.message }];
}

function complete(context: CompletionContext, { facts }: Context): CompletionResult | null {
  // After `fact == "` offer the fact's options.
  const choice = context.matchBefore(/(\w+)\s*(==|!=)\s*"[\w-]*$/);
  if (choice) {
    const key = /^(\w+)/.exec(choice.text)?.[1];
    const fact = facts.find((candidate) => candidate.key === key);
    if (fact?.options) {
      const quote = choice.text.lastIndexOf('"');
      return {
        from: choice.from + quote,
        options: fact.options.map((option) => ({ label: `"${option.value}"`, detail: option.label, type: 'enum' })),
      };
    }
  }
  const word = context.matchBefore(/\w+/);
  if (!word && !context.explicit) return null;
  return {
    from: word?.from ?? context.pos,
    options: [
      ...facts.map((fact) => ({
        label: fact.key,
        detail: `${fact.label}（${FACT_TYPE_LABEL[fact.type]}）`,
        info: fact.type === 'money' ? '以分计的整数：50万元写作 50000000' : fact.options ? fact.options.map((option) => `"${option.value}" ${option.label}`).join('\n') : undefined,
        type: 'variable',
      })),
      { label: 'true', detail: '是', type: 'keyword' },
      { label: 'false', detail: '否', type: 'keyword' },
    ],
  };
}
