import { resolveFacts } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { designIssues } from '../features/studio/designer/design-checks';
import { designTree } from '../features/studio/designer/design-tree';
import { benchSchema } from './designer-bench.schema';

describe('the designer benchmark’s form', () => {
  it('has 300 valid fields in 10 sections, with conditions and a fact', () => {
    const schema = benchSchema();
    const sections = designTree(schema);
    expect(sections).toHaveLength(10);
    expect(sections.flatMap((section) => section.children ?? [])).toHaveLength(300);
    expect(JSON.stringify(schema).match(/x-visible-when/g)).toHaveLength(30);
    expect(designIssues(schema, resolveFacts({ facts: [{ key: 'totalInvestment', cite: { article: 12 } }] }))).toEqual([]);
  });
});
