import { parsePolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from './policy-content.hash';
import { applyYamlEdits, scalarEdits } from './policy-yaml.edit';
import { exportText } from './policy-export.yaml';
import { documentYaml, parsesTo, sourceYamlFor } from './policy-source.yaml';

const ROOT = resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(join(ROOT, 'policies', file), 'utf8');

function written(text: string): PolicyDocument {
  const result = parsePolicyYaml(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.written;
}

/** The lines of `after` that are not in `before`, and the reverse: what a reader of a diff would see. */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

describe('the YAML text kept with a document that changes as data', () => {
  const lianping = read('441623-lianping/consultation-draft-2.policy.yaml');
  const lianpingDoc = written(lianping);

  it('raises the 备案 threshold by editing that one scalar, every other byte of the file kept', () => {
    const doc = structuredClone(lianpingDoc);
    const track = doc.tracks.find((candidate) => candidate.id === 'filing')!;
    const { threshold } = track.when as { threshold: { amount: string } };
    expect(threshold.amount).toBe('50');
    threshold.amount = '100';
    const text = sourceYamlFor({ text: lianping, content: lianpingDoc }, doc);
    expect(parsesTo(text, contentHash(doc))).toBe(true);
    const { added, removed } = changedLines(lianping, text);
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(removed[0]!.replace('"50"', '"100"')).toBe(added[0]);
    expect(text.split('\n').length).toBe(lianping.split('\n').length);
  });

  it('writes publication dates into a file that had none, keeping its comments and layout', () => {
    const jiangxi = read('360000-jiangxi/2024.policy.yaml');
    const before = written(jiangxi);
    expect(before.effective.from).toBeUndefined();
    const doc: PolicyDocument = { ...before, effective: { ...before.effective, from: '2026-01-01', to: '2027-12-31' } };
    const text = sourceYamlFor({ text: jiangxi, content: before }, doc);
    expect(parsesTo(text, contentHash(doc))).toBe(true);
    expect(changedLines(jiangxi, text)).toEqual({ added: ['  from: "2026-01-01"', '  to: "2027-12-31"'], removed: [] });
    expect(text).toContain(jiangxi.split('\n').find((line) => line.startsWith('#'))!);
  });

  it('adds the period to a file that does not mention it (连平), after the status, as two new lines', () => {
    const doc: PolicyDocument = { ...lianpingDoc, effective: { ...lianpingDoc.effective, from: '2025-10-01' } };
    const text = sourceYamlFor({ text: lianping, content: lianpingDoc }, doc);
    expect(parsesTo(text, contentHash(doc))).toBe(true);
    expect(changedLines(lianping, text)).toEqual({ added: ['effective:', '  from: "2025-10-01"'], removed: [] });
    expect(text).toMatch(/\nstatus: [^\n]+\neffective:\n {2}from: "2025-10-01"\n/);
  });

  it('removes an end date the published version does not have, and only that line', () => {
    const mudan = read('371702-mudan/trial-2023.policy.yaml');
    const before = written(mudan);
    const { to: _to, ...effective } = before.effective;
    const doc: PolicyDocument = { ...before, effective: { ...effective, from: '2025-05-09' } };
    const text = sourceYamlFor({ text: mudan, content: before }, doc);
    expect(parsesTo(text, contentHash(doc))).toBe(true);
    expect(changedLines(mudan, text)).toEqual({ added: ['  from: "2025-05-09"'], removed: ['  from: "2023-05-09"', '  to: "2025-05-08"'] });
  });

  it('keeps comments when the structure changes (a step added), rewriting through the Document API', () => {
    const doc = structuredClone(lianpingDoc);
    const steps = doc.stages[0]!.steps;
    steps.push({ ...structuredClone(steps[0]!), id: 'extra-step', name: '新增环节' });
    const text = sourceYamlFor({ text: lianping, content: lianpingDoc }, doc);
    expect(parsesTo(text, contentHash(doc))).toBe(true);
    for (const comment of lianping.split('\n').filter((line) => /^\s*# /.test(line))) expect(text).toContain(comment.trim());
    expect(text).toContain('id: extra-step');
  });

  it('writes the document afresh when there was no text, to the identical content hash', () => {
    const text = sourceYamlFor({ text: null, content: lianpingDoc }, lianpingDoc);
    expect(text).toBe(documentYaml(lianpingDoc));
    expect(parsesTo(text, contentHash(lianpingDoc))).toBe(true);
  });
});

describe('the export of a version', () => {
  const text = read('441623-lianping/consultation-draft-2.policy.yaml');
  const content = written(text);
  const version = { id: 'x:v1', content, contentHash: contentHash(content), versionLabel: content.versionLabel, state: 'draft' as const, effectiveFrom: null, effectiveTo: null };

  it('is the stored text when it reads as the stored content', () => {
    expect(exportText({ ...version, sourceYaml: text })).toBe(text);
  });

  it('is the content written out, saying so, when the stored text is missing or no longer matches', () => {
    for (const sourceYaml of [null, text.replace('amount: "50"', 'amount: "60"'), 'not: [yaml']) {
      const exported = exportText({ ...version, sourceYaml });
      expect(exported).toMatch(/^# 连平县县级政务信息化项目管理办法（[^）]+）\n# 导出自 Banfa：政策版本 x:v1，草稿/);
      expect(parsesTo(exported, version.contentHash)).toBe(true);
    }
  });
});

describe('in-place edits of YAML text', () => {
  it('keep the style of a scalar they replace and quote what the style cannot carry', () => {
    const text = 'a: "x" # keep\nb: { c: plain, d: 1 }\nlist:\n  - id: one\n    name: 甲\n';
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['a'], value: 'y' }])).toBe('a: "y" # keep\nb: { c: plain, d: 1 }\nlist:\n  - id: one\n    name: 甲\n');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['b', 'c'], value: 'x, y' }])).toContain('b: { c: "x, y", d: 1 }');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['b', 'd'], value: '2' }])).toContain('d: "2"');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['b', 'e'], value: true }])).toContain('b: { e: true, c: plain, d: 1 }');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['b', 'e'], value: true }], { b: { c: 0, e: 0, d: 0 } })).toContain('b: { c: plain, e: true, d: 1 }');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['c'], value: 3 }], { a: 0, c: 0, b: 0 })).toMatch(/^a: "x" # keep\nc: 3\nb:/);
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['new', 'deep', 'key'], value: '2025-10-01' }], { a: 0, new: 0 })).toMatch(
      /^a: "x" # keep\nnew:\n {2}deep:\n {4}key: "2025-10-01"\nb:/,
    );
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['b', 'x', 'y'], value: 1 }])).toContain('b: { x: { y: 1 }, c: plain, d: 1 }');
    expect(applyYamlEdits(text, [{ kind: 'set', path: ['list', 0, 'note'], value: '说明' }])).toContain('  - note: 说明\n    id: one\n');
    expect(applyYamlEdits(text, [{ kind: 'delete', path: ['list', 0, 'name'] }])).toBe('a: "x" # keep\nb: { c: plain, d: 1 }\nlist:\n  - id: one\n');
  });

  it('decline what a line edit cannot do, so the caller rewrites instead', () => {
    expect(scalarEdits({ list: [1, 2] }, { list: [1, 2, 3] })).toBeNull();
    expect(scalarEdits({ a: { b: 1 } }, { a: 1 })).toBeNull();
    expect(scalarEdits({ a: 1 }, { a: 1, b: [2] })).toBeNull();
    expect(scalarEdits({ a: { b: 1 } }, {})).toBeNull();
    expect(scalarEdits({ a: 1 }, { a: 1, b: { c: 2 } })).toEqual([{ kind: 'set', path: ['b', 'c'], value: 2 }]);
    expect(applyYamlEdits('list:\n  - id: one\n    name: 甲\n', [{ kind: 'delete', path: ['list', 0, 'id'] }])).toBeNull();
    expect(applyYamlEdits('a: [1]\n', [{ kind: 'set', path: ['a', 'b'], value: 1 }])).toBeNull();
  });
});
