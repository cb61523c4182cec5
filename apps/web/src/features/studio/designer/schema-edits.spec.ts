import { describe, expect, it } from 'vitest';
import { schemaEdits } from './schema-edits';

describe('schemaEdits', () => {
  it('names only what changed, as deep as it can', () => {
    const field = { type: 'string', title: '名称', 'x-validator': [{ pattern: '^a$' }] };
    const before = { type: 'object', properties: { name: field, other: { type: 'string' } } };
    const after = { type: 'object', properties: { name: { ...field, title: '项目名称', required: true }, added: { type: 'number' } } };
    expect(schemaEdits(before, after)).toEqual([
      { path: ['properties', 'other'], remove: true },
      { path: ['properties', 'name', 'title'], value: '项目名称' },
      { path: ['properties', 'name', 'required'], value: true },
      { path: ['properties', 'added'], value: { type: 'number' } },
    ]);
  });

  it('replaces a list as a whole, and gives nothing for equal values', () => {
    expect(schemaEdits({ enum: [1, 2] }, { enum: [1, 2] })).toEqual([]);
    expect(schemaEdits({ enum: [1, 2] }, { enum: [2, 1] })).toEqual([{ path: ['enum'], value: [2, 1] }]);
  });
});
