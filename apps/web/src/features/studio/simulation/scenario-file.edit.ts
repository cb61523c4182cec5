import type { Scenario } from '@banfa/policy-testing';
import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';

/** The expectations the studio edits; `undefined` leaves a key out (not checked). Other keys of `expect` are kept. */
export interface ExpectationEdits {
  track?: string | null;
  steps?: Record<string, string>;
  dueOn?: Record<string, string>;
  attachments?: string[];
}

export const EDITED_EXPECTATIONS = ['track', 'steps', 'dueOn', 'attachments'] as const;

/** A scenario to add: its name, its project, and what is expected of it. */
export type NewScenario = Pick<Scenario, 'name' | 'at' | 'readings' | 'facts' | 'events'> & { change?: Scenario['change']; expect: ExpectationEdits };

const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies an edit to a scenario file with yaml's Document API and writes back only what changed: the author's
 * comments, blank lines and layout elsewhere stay byte for byte (yaml would otherwise re-pad every flow list).
 *
 * Works on lines: the document is printed before and after the edit with the same options; both prints share
 * everything outside the edited region (a common prefix and suffix); that region of the new print replaces the same
 * lines of the original text, which line for line says what the first print says.
 */
export function editScenarioFile(text: string, edit: (doc: Document) => void): string {
  // Printed text always ends with a newline: so must the text it is compared with, line for line.
  const source = text.endsWith('\n') ? text : `${text}\n`;
  const doc = parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`场景文件有 YAML 语法错误，请先在场景文件中改正：${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const before = doc.toString(TO_STRING);
  edit(doc);
  const after = doc.toString(TO_STRING);
  const original = source.split('\n');
  const printed = before.split('\n');
  // The printer joined or split lines somewhere (a multi-line plain scalar): fall back to the new print.
  if (original.length !== printed.length) return after;
  const next = after.split('\n');
  let prefix = 0;
  while (prefix < printed.length && prefix < next.length && printed[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < printed.length - prefix && suffix < next.length - prefix && printed[printed.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return [...original.slice(0, prefix), ...next.slice(prefix, next.length - suffix), ...original.slice(original.length - suffix)].join('\n');
}

/** Replaces the expectations the studio edits of the scenario at `index`, keeping its other expectations. */
export function setScenarioExpectations(text: string, index: number, edits: ExpectationEdits): string {
  return editScenarioFile(text, (doc) => {
    const path = ['scenarios', index, 'expect'];
    if (!isMap(doc.getIn(path, true))) doc.setIn(path, doc.createNode({}));
    for (const key of EDITED_EXPECTATIONS) {
      const value = edits[key];
      if (value === undefined) doc.deleteIn([...path, key]);
      else doc.setIn([...path, key], flowNode(doc, value));
    }
  });
}

/** Writes a project (at, readings, facts, events, change) into the scenario at `index`, keeping its name and expectations. */
export function setScenarioInput(text: string, index: number, input: Omit<NewScenario, 'name' | 'expect'>): string {
  return editScenarioFile(text, (doc) => {
    const path = ['scenarios', index];
    doc.setIn([...path, 'at'], dateScalar(input.at));
    if (Object.keys(input.readings).length > 0) doc.setIn([...path, 'readings'], flowNode(doc, input.readings));
    else doc.deleteIn([...path, 'readings']);
    doc.setIn([...path, 'facts'], flowNode(doc, input.facts));
    if (input.events.length > 0) doc.setIn([...path, 'events'], eventsNode(doc, input.events));
    else doc.deleteIn([...path, 'events']);
    if (input.change) doc.setIn([...path, 'change'], flowNode(doc, input.change));
    else doc.deleteIn([...path, 'change']);
  });
}

/**
 * Appends a scenario, written as the seed files are: flow maps for facts and expectations, one line per event, a
 * blank line before it. A version without a scenario file gets one (naming its policy file).
 */
export function appendScenario(text: string, scenario: NewScenario, policyFile: string): string {
  const base = text.trim() === '' ? `# 场景测试：每个场景是一个样例项目及其预期结果。\npolicy: ${policyFile}\nscenarios: []\n` : text;
  return editScenarioFile(base, (doc) => {
    let list = doc.get('scenarios', true);
    if (!isSeq(list)) {
      doc.set('scenarios', doc.createNode([]));
      list = doc.get('scenarios', true);
    }
    if (!isSeq(list)) return;
    list.flow = false;
    const entry = new YAMLMap();
    entry.set('name', scenario.name);
    entry.set('at', dateScalar(scenario.at));
    if (Object.keys(scenario.readings).length > 0) entry.set('readings', flowNode(doc, scenario.readings));
    entry.set('facts', flowNode(doc, scenario.facts));
    if (scenario.events.length > 0) entry.set('events', eventsNode(doc, scenario.events));
    if (scenario.change) entry.set('change', flowNode(doc, scenario.change));
    const expect = new YAMLMap();
    for (const key of EDITED_EXPECTATIONS) {
      const value = scenario.expect[key];
      if (value !== undefined) expect.set(key, flowNode(doc, value));
    }
    entry.set('expect', expect);
    if (list.items.length > 0) entry.spaceBefore = true;
    list.items.push(entry);
  });
}

/** Removes the scenario at `index`. */
export function removeScenario(text: string, index: number): string {
  return editScenarioFile(text, (doc) => {
    doc.deleteIn(['scenarios', index]);
  });
}

/** A value as a flow collection (`{ a: b }`, `[a, b]`), dates in double quotes as the seed files write them. */
function flowNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Map: (_, map) => void (map.flow = true),
    Seq: (_, seq) => void (seq.flow = true),
    Scalar: (_, scalar) => void quoteDate(scalar),
  });
  return node;
}

/** Events one per line: a block list of flow maps. */
function eventsNode(doc: Document, events: ReadonlyArray<object>): Node {
  const list = new YAMLSeq();
  for (const event of events) list.items.push(flowNode(doc, event));
  return list;
}

function dateScalar(date: string): Scalar {
  const scalar = new Scalar(date);
  quoteDate(scalar);
  return scalar;
}

function quoteDate(scalar: Scalar): void {
  if (isScalar(scalar) && typeof scalar.value === 'string' && DATE.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
}
