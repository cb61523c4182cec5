/// <reference types="node" />
import { parsePolicyYaml } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendIn, deleteIn, moveIn, setIn, YamlEditError } from './yaml-edit';

const LIANPING = readFileSync(resolve(import.meta.dirname, '../../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');

/** The lines of `after` that differ from `before` (same line count assumed when comparing edits in place). */
function changedLines(before: string, after: string): Array<[string | undefined, string | undefined]> {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: Array<[string | undefined, string | undefined]> = [];
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) if (a[index] !== b[index]) changes.push([a[index], b[index]]);
  return changes;
}

const SAMPLE = `# 样例办法
title: 样例  # 标题
jurisdiction: { code: "999999", name: 样例县 }
bodies:
  # 第一个机构
  - id: one
    name: 一局
  # 第二个机构
  - id: two
    name: 二局

  - id: three
    name: 三局
after: [apply, review]
quote: "原文"
notes:
`;

describe('setIn', () => {
  it('raises 连平县’s 备案 threshold by rewriting only that value, in its flow map, with every comment kept', () => {
    const edited = setIn(LIANPING, ['tracks', 0, 'when', 'threshold', 'amount'], '100');
    expect(changedLines(LIANPING, edited)).toEqual([
      [
        '      threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元, setting: A1 }',
        '      threshold: { fact: totalInvestment, comparison: lte, amount: "100", unit: 万元, setting: A1 }',
      ],
    ]);
    const parsed = parsePolicyYaml(edited);
    expect(parsed.ok && parsed.written.tracks[0]?.when && 'threshold' in parsed.written.tracks[0].when && parsed.written.tracks[0].when.threshold.amount).toBe('100');
  });

  it('keeps the author’s quoting and a comment on the same line', () => {
    const edited = setIn(SAMPLE, ['title'], '新标题');
    expect(changedLines(SAMPLE, edited)).toEqual([['title: 样例  # 标题', 'title: 新标题  # 标题']]);
    expect(setIn(SAMPLE, ['quote'], '新的原文')).toContain('quote: "新的原文"');
  });

  it('quotes what would otherwise read as another type or break the line', () => {
    expect(parse(setIn(SAMPLE, ['title'], '123'))).toMatchObject({ title: '123' });
    expect(parse(setIn(SAMPLE, ['title'], 'a: b # c'))).toMatchObject({ title: 'a: b # c' });
    expect(parse(setIn(SAMPLE, ['jurisdiction', 'name'], '甲, 乙'))).toMatchObject({ jurisdiction: { name: '甲, 乙' } });
    expect(setIn(SAMPLE, ['title'], '2025-10-01')).toContain('title: "2025-10-01"');
  });

  it('adds a missing key after the last pair of its map, block or flow', () => {
    const block = setIn(SAMPLE, ['bodies', 1, 'catalogueKey'], 'finance-bureau');
    expect(block).toContain('  - id: two\n    name: 二局\n    catalogueKey: finance-bureau\n');
    const flow = setIn(SAMPLE, ['jurisdiction', 'level'], 'county');
    expect(flow).toContain('jurisdiction: { code: "999999", name: 样例县, level: county }');
  });

  it('creates the maps on the way, written as blocks at the right indentation', () => {
    const edited = setIn(SAMPLE, ['bodies', 0, 'cite', 'article'], 4);
    expect(edited).toContain('  - id: one\n    name: 一局\n    cite:\n      article: 4\n  # 第二个机构\n');
    expect(parse(edited).bodies[0]).toEqual({ id: 'one', name: '一局', cite: { article: 4 } });
  });

  it('fills an empty value and replaces a block by another block, keeping what follows', () => {
    const filled = setIn(SAMPLE, ['notes'], ['第一条', '第二条']);
    expect(filled.endsWith('notes:\n  - 第一条\n  - 第二条\n')).toBe(true);
    const replaced = setIn(SAMPLE, ['bodies', 2], { id: 'four', name: '四局' });
    expect(replaced).toContain('\n  - id: four\n    name: 四局\nafter: [apply, review]\n');
    expect(parse(replaced).bodies).toHaveLength(3);
  });

  it('writes a multi-line text as a block scalar', () => {
    const edited = setIn(SAMPLE, ['bodies', 0, 'name'], '第一行\n第二行');
    expect(edited).toContain('    name: |-\n      第一行\n      第二行\n');
    expect(parse(edited).bodies[0].name).toBe('第一行\n第二行');
  });

  it('appends to a list when the index is its length, and refuses a gap', () => {
    expect(parse(setIn(SAMPLE, ['after', 2], 'approve')).after).toEqual(['apply', 'review', 'approve']);
    expect(() => setIn(SAMPLE, ['after', 5], 'x')).toThrow(/只有 2 项/);
  });

  it('refuses to edit a text with a syntax error, naming its line', () => {
    expect(() => setIn('title: [unclosed\nother: 1\n', ['title'], 'x')).toThrow(YamlEditError);
    expect(() => setIn('title: [unclosed\nother: 1\n', ['title'], 'x')).toThrow(/第 \d+ 行/);
  });

  it('refuses to go below a value', () => {
    expect(() => setIn(SAMPLE, ['title', 'sub'], 1)).toThrow(/是一个值/);
  });

  it('deletes when the value is undefined', () => {
    expect(parse(setIn(SAMPLE, ['quote'], undefined))).not.toHaveProperty('quote');
  });
});

describe('deleteIn', () => {
  it('removes a list item with the comment written above it, and nothing else', () => {
    const edited = deleteIn(SAMPLE, ['bodies', 1]);
    expect(edited).toBe(SAMPLE.replace('  # 第二个机构\n  - id: two\n    name: 二局\n', ''));
  });

  it('removes the first pair of an item written after its dash, moving the next pair up', () => {
    const edited = deleteIn(SAMPLE, ['bodies', 0, 'id']);
    expect(edited).toContain('  # 第一个机构\n  - name: 一局\n');
  });

  it('removes from flow collections with their commas', () => {
    expect(deleteIn(SAMPLE, ['after', 0])).toContain('after: [review]\n');
    expect(deleteIn(SAMPLE, ['after', 1])).toContain('after: [apply]\n');
    expect(deleteIn(deleteIn(SAMPLE, ['after', 1]), ['after', 0])).toContain('after: []\n');
    expect(deleteIn(SAMPLE, ['jurisdiction', 'name'])).toContain('jurisdiction: { code: "999999" }\n');
  });

  it('leaves an empty list when its last item goes, so the key stays', () => {
    const one = 'steps:\n  - id: a\nnext: 1\n';
    expect(deleteIn(one, ['steps', 0])).toBe('steps: []\nnext: 1\n');
  });

  it('removes a top-level key with its nested block', () => {
    const edited = deleteIn(SAMPLE, ['bodies']);
    expect(parse(edited)).toEqual({ title: '样例', jurisdiction: { code: '999999', name: '样例县' }, after: ['apply', 'review'], quote: '原文', notes: null });
    expect(edited).toContain('# 样例办法\ntitle: 样例  # 标题\n');
  });

  it('ignores a path that is not there', () => {
    expect(deleteIn(SAMPLE, ['bodies', 9])).toBe(SAMPLE);
    expect(deleteIn(SAMPLE, ['nothing', 'here'])).toBe(SAMPLE);
  });
});

describe('appendIn', () => {
  it('appends a map item to a block list at its indentation', () => {
    const edited = appendIn(SAMPLE, ['bodies'], { id: 'four', name: '四局' });
    expect(edited).toContain('  - id: three\n    name: 三局\n  - id: four\n    name: 四局\nafter:');
  });

  it('appends to a flow list on its line', () => {
    expect(appendIn(SAMPLE, ['after'], 'approve')).toContain('after: [apply, review, approve]\n');
    expect(appendIn('after: []\n', ['after'], 'x')).toBe('after: [x]\n');
  });

  it('creates the list when absent or empty', () => {
    expect(parse(appendIn(SAMPLE, ['notes'], '注一')).notes).toEqual(['注一']);
    expect(parse(appendIn(SAMPLE, ['bodies', 0, 'aliases'], '一')).bodies[0].aliases).toEqual(['一']);
  });

  it('appends at the end of a text without a final line break', () => {
    expect(appendIn('items:\n  - a', ['items'], 'b')).toBe('items:\n  - a\n  - b');
  });

  it('refuses a map', () => {
    expect(() => appendIn(SAMPLE, ['jurisdiction'], 'x')).toThrow(/不是列表/);
  });
});

describe('moveIn', () => {
  it('moves a block item with its comment; the others keep their text and blank lines', () => {
    const edited = moveIn(SAMPLE, ['bodies'], 1, 0);
    expect(edited).toContain('bodies:\n  # 第二个机构\n  - id: two\n    name: 二局\n  # 第一个机构\n  - id: one\n    name: 一局\n\n  - id: three\n');
    expect(parse(edited).bodies.map((body: { id: string }) => body.id)).toEqual(['two', 'one', 'three']);
  });

  it('moves the last item of a block list up', () => {
    const edited = moveIn(SAMPLE, ['bodies'], 2, 0);
    expect(parse(edited).bodies.map((body: { id: string }) => body.id)).toEqual(['three', 'one', 'two']);
    expect(edited).toContain('after: [apply, review]\n');
  });

  it('moves items of a flow list keeping its separators', () => {
    expect(moveIn(SAMPLE, ['after'], 0, 1)).toContain('after: [review, apply]\n');
  });

  it('reorders 连平县’s steps and the document stays valid with the same steps', () => {
    const edited = moveIn(LIANPING, ['stages', 0, 'steps'], 4, 3);
    const before = parsePolicyYaml(LIANPING);
    const after = parsePolicyYaml(edited);
    expect(after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    const ids = (result: typeof before) => result.written.stages[0]?.steps.map((step) => step.id);
    const expected = [...(ids(before) ?? [])];
    expected.splice(3, 0, ...expected.splice(4, 1));
    expect(ids(after)).toEqual(expected);
    expect(edited.match(/#/g)?.length).toBe(LIANPING.match(/#/g)?.length);
  });

  it('refuses indexes outside the list', () => {
    expect(() => moveIn(SAMPLE, ['bodies'], 0, 3)).toThrow(/只有 3 项/);
  });
});

describe('shared nodes (anchors and aliases)', () => {
  const SHARED = 'steps:\n  - id: a\n    when: &mid { cel: midyear }\n  - id: b\n    when: *mid\n  - id: c\n    when: *mid\n';

  it('editing through an alias changes only that element', () => {
    const edited = setIn(SHARED, ['steps', 1, 'when', 'cel'], 'yearEnd');
    expect(parse(edited).steps.map((step: { when: { cel: string } }) => step.when.cel)).toEqual(['midyear', 'yearEnd', 'midyear']);
  });

  it('editing the anchored definition leaves the elements that shared it as they were', () => {
    const edited = setIn(SHARED, ['steps', 0, 'when', 'cel'], 'yearEnd');
    expect(parse(edited).steps.map((step: { when: { cel: string } }) => step.when.cel)).toEqual(['yearEnd', 'midyear', 'midyear']);
    expect(parse(deleteIn(SHARED, ['steps', 0, 'when'])).steps[2].when).toEqual({ cel: 'midyear' });
  });
});
