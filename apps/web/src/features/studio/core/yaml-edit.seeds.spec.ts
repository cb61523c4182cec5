/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DocumentPath } from '../studio-draft.context';
import { appendInData, deleteInData, moveInData, setInData } from './data-edit';
import { appendIn, deleteIn, moveIn, setIn } from './yaml-edit';
import { rangeOf } from './yaml-path';

/*
 * Every edit on the text means what the same edit on the data means, across the layouts the five seed regulations
 * are written in (flow maps, block lists, comments, block scalars): the text edit is checked against the data edit
 * on a spread of paths of each file, and the text before the edited element is left exactly as it was.
 */

const POLICIES = resolve(import.meta.dirname, '../../../../../../policies');
const FILES = readdirSync(POLICIES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{6}-/.test(entry.name))
  .flatMap((entry) => readdirSync(join(POLICIES, entry.name)).filter((name) => name.endsWith('.yaml')).map((name) => join(entry.name, name)));

function allPaths(value: unknown, path: Array<string | number> = []): DocumentPath[] {
  const here = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => allPaths(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => allPaths(item, [...path, key]))];
  return here;
}

/** `count` paths spread evenly over the document, so every part and depth gets its turn. */
function spread<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

describe.each(FILES)('edits on %s', (file) => {
  const text = readFileSync(join(POLICIES, file), 'utf8');
  const data = parse(text) as Record<string, unknown>;
  const paths = allPaths(data);
  const lists = paths.filter((path) => {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
    return Array.isArray(value) && value.length > 1;
  });

  it('setIn writes the value and nothing else, and leaves the text before it unchanged', () => {
    for (const path of spread(paths, 10)) {
      const value = path.length % 2 === 0 ? '已修改的文字：含冒号, 逗号' : { article: 3, quote: '新的原文' };
      const edited = setIn(text, path, value);
      expect(parse(edited), `setIn ${path.join('.')}`).toEqual(setInData(data, path, value));
      const from = rangeOf(text, path)?.from ?? 0;
      expect(edited.slice(0, from)).toBe(text.slice(0, from));
    }
  });

  it('deleteIn removes the element and nothing else', () => {
    for (const path of spread(paths, 10)) {
      const parentValue = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
      const expected = deleteInData(data, path);
      const edited = deleteIn(text, path);
      // A block collection emptied by the deletion stays as an empty one (`[]` / `{}`).
      const siblings = Array.isArray(parentValue) ? parentValue.length : Object.keys(parentValue as object).length;
      expect(parse(edited) ?? {}, `deleteIn ${path.join('.')} (${siblings} siblings)`).toEqual(expected);
    }
  });

  it('appendIn and moveIn on lists mean the same as on the data', () => {
    for (const path of spread(lists, 6)) {
      const item = { id: 'new-item', name: '新增项' };
      expect(parse(appendIn(text, path, item)), `appendIn ${path.join('.')}`).toEqual(appendInData(data, path, item));
      const length = (path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as unknown[]).length;
      expect(parse(moveIn(text, path, 0, length - 1)), `moveIn ${path.join('.')} 0→${length - 1}`).toEqual(moveInData(data, path, 0, length - 1));
      expect(parse(moveIn(text, path, length - 1, 0)), `moveIn ${path.join('.')} ${length - 1}→0`).toEqual(moveInData(data, path, length - 1, 0));
    }
  });
});
