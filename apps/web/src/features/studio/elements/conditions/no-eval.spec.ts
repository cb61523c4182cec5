/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web runs under a Content-Security-Policy without 'unsafe-eval': the condition editors' libraries must not
 * compile code at run time. This reads what they ship (so an upgrade that starts to is caught here, not by a
 * blank page in production).
 */
const NODE_MODULES = resolve(import.meta.dirname, '../../../../../../../node_modules');
const PACKAGES = [
  'react-querybuilder/dist',
  'react-querybuilder/node_modules/@react-querybuilder/core/dist',
  '@react-querybuilder/antd/dist',
  '@codemirror/autocomplete/dist',
  '@codemirror/commands/dist',
  '@codemirror/lint/dist',
  '@codemirror/state/dist',
  '@codemirror/view/dist',
];
const COMPILES = /\bnew\s+Function\s*\(|(?<![.\w$])eval\s*\(|(?<![.\w$])Function\s*\(\s*['"`]/;

function scripts(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(m|c)?js$/.test(name) ? [path] : [];
  });
}

describe('the condition editors’ libraries', () => {
  it('never evaluate code from strings (no eval, no new Function)', () => {
    const files = PACKAGES.flatMap((folder) => scripts(join(NODE_MODULES, folder)));
    expect(files.some((file) => file.includes('parseCEL'))).toBe(true);
    const offending = files.filter((file) => COMPILES.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('would notice one that did', () => {
    expect(COMPILES.test('const f = new Function("a", "return a")')).toBe(true);
    expect(COMPILES.test('x = eval(text)')).toBe(true);
    expect(COMPILES.test('Function("return this")()')).toBe(true);
    expect(COMPILES.test('model.evaluate(x); obj.eval(y); isFunction(z)')).toBe(false);
  });
});
