import { describe, expect, it } from 'vitest';
import { jurisdictionTree } from './jurisdiction-tree';

describe('jurisdictionTree', () => {
  it('nests by parent code, sorts by code and keeps an orphan as a root', () => {
    const tree = jurisdictionTree(
      [
        { code: '441623', name: '连平县', level: 'county', parentCode: '441600' },
        { code: '440000', name: '广东省', level: 'province', parentCode: null },
        { code: '441600', name: '河源市', level: 'city', parentCode: '440000' },
        { code: '990101', name: '无上级', level: 'county', parentCode: '990100' },
      ],
      [{ id: 'p', title: '办法', jurisdictionCode: '441623' }],
    );
    expect(tree.map((node) => node.code)).toEqual(['440000', '990101']);
    expect(tree[0]?.children[0]?.children[0]).toMatchObject({ code: '441623', hasPolicy: true, policies: [{ id: 'p', title: '办法' }] });
  });
});
