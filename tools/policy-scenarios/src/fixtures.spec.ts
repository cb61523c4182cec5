import { formatIssue, parsePolicyYaml } from '@banfa/policy-model';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every invalid fixture states, in its second line, where the error must be found and what it must say:
 * `# expect: LINE:COL MESSAGE`. The validator must find exactly that, with a message a policy admin can act on.
 */
const dir = resolve(__dirname, '../fixtures');
const read = (kind: string) =>
  readdirSync(join(dir, kind))
    .filter((file) => file.endsWith('.policy.yaml'))
    .sort()
    .map((file) => [file, readFileSync(join(dir, kind, file), 'utf8')] as const);

describe('valid fixtures', () => {
  it.each(read('valid'))('%s validates', (_file, text) => {
    expect(parsePolicyYaml(text)).toMatchObject({ ok: true });
  });
});

describe('invalid fixtures', () => {
  const invalid = read('invalid');
  it('cover every kind of bad input the language must catch', () => {
    expect(invalid.map(([file]) => file.replace('.policy.yaml', ''))).toEqual([
      'gapped-thresholds',
      'malformed-yaml',
      'missing-citation',
      'missing-quote',
      'money-as-float',
      'money-compared-with-boolean',
      'overlapping-thresholds',
      'period-length-not-integer',
      'started-in-later-of',
      'unknown-body',
      'unknown-fact-in-condition',
    ]);
  });

  it.each(invalid)('%s fails at the stated line and column', (file, text) => {
    const header = /^# expect: (\d+):(\d+) (.+)$/m.exec(text);
    if (!header) throw new Error(`${file}: the second line must be "# expect: LINE:COL MESSAGE"`);
    const [, line, column, message] = header;
    const result = parsePolicyYaml(text);
    if (result.ok) throw new Error(`${file} was accepted`);
    expect(result.issues).toContainEqual(expect.objectContaining({ line: Number(line), column: Number(column), message: expect.stringContaining(message ?? "") }));
    // Each problem reads as file:line:col: message, and says how to fix it (a hint, or a message that names the fix).
    for (const issue of result.issues) {
      expect(formatIssue(issue, file)).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: `));
      expect(issue.hint ?? issue.message).toMatch(/请|应|须|可选|已定义|提示|按原文|检查/);
    }
  });
});
