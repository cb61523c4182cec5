import { loadPolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments } from './policy-diff.adapter';

const LIANPING_FILE = resolve(__dirname, '../../../../policies/441623-lianping/consultation-draft-2.policy.yaml');

describe('diffDocuments (interim structural diff)', () => {
  let before: PolicyDocument;
  beforeAll(() => {
    before = loadPolicyYaml(readFileSync(LIANPING_FILE, 'utf8'));
  });

  it('finds nothing between equal documents', () => {
    expect(diffDocuments(before, structuredClone(before))).toMatchObject({ engine: 'structural', identical: true, changes: [], summary: { total: 0 } });
  });

  it('matches steps by id and reports a changed field with its article', () => {
    const after = structuredClone(before);
    const stage = after.stages[0]!;
    const step = stage.steps.find((candidate) => candidate.deadline) ?? stage.steps[0]!;
    step.name = `${step.name}（修订）`;
    stage.steps.reverse();
    const diff = diffDocuments(before, after);
    // Listing order is not a change: steps are matched by id (their sequence is in `after`).
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'step',
        id: step.id,
        change: 'changed',
        path: `stages[${stage.id}].steps[${step.id}].name`,
        after: step.name,
        citeText: expect.stringMatching(/^第/),
      }),
    ]);
  });

  it('reports added and removed elements, and counts them by kind', () => {
    const after = structuredClone(before);
    const removed = after.bodies.pop()!;
    after.gates.push({ ...after.gates[0]!, id: 'new-gate' });
    const diff = diffDocuments(before, after);
    expect(diff.changes).toContainEqual(expect.objectContaining({ kind: 'body', id: removed.id, change: 'removed' }));
    expect(diff.changes).toContainEqual(expect.objectContaining({ kind: 'gate', id: 'new-gate', change: 'added' }));
    expect(diff.summary.byKind).toMatchObject({ body: 1, gate: 1 });
  });
});
