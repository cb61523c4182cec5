import { loadPolicyYaml, writtenDocument } from '@banfa/policy-model';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/ambiguity-register.md tells a reader, per policy and setting, which reading is chosen and what each other
 * reading is (overrides, effect: none, effect: unsupported). It is written by hand: this keeps it true to the files.
 */
const root = resolve(__dirname, '../../..');
const register = readFileSync(join(root, 'docs/ambiguity-register.md'), 'utf8');
const section = register.slice(register.indexOf('## What each reading changes'));

/** The table's rows as "id | regulation" → the four columns after them. */
const rows = new Map(
  section
    .split('\n')
    .filter((line) => /^\| A\d+ \|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .map(([id, regulation, ...rest]) => [`${id} | ${regulation}`, rest]),
);

const list = (values: string[]) => (values.length > 0 ? values.join('、') : '—');

describe('the ambiguity register', () => {
  const files = readdirSync(join(root, 'policies'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.policy.yaml')).sort();
  const expected = files.flatMap((file) => {
    const doc = writtenDocument(loadPolicyYaml(readFileSync(join(root, 'policies', file), 'utf8')));
    return doc.settings.map((setting) => {
      const others = setting.alternatives.filter((alternative) => alternative.value !== setting.reading);
      return [
        `${setting.id} | ${doc.jurisdiction.name}`,
        [
          setting.reading,
          list(others.filter((alternative) => alternative.overrides).map((alternative) => alternative.value)),
          list(others.filter((alternative) => alternative.effect === 'none').map((alternative) => alternative.value)),
          list(others.filter((alternative) => alternative.effect === 'unsupported').map((alternative) => alternative.value)),
        ],
      ] as const;
    });
  });

  it('has a row for every setting of every policy, and no other', () => {
    expect([...rows.keys()].sort()).toEqual(expected.map(([key]) => key).sort());
  });

  it.each(expected)('%s: the chosen reading and what each other reading is', (key, columns) => {
    expect(rows.get(key)).toEqual(columns);
  });
});
