import { loadPolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planPublication } from './policy-publish.plan';

const MUDAN_FILE = resolve(__dirname, '../../../../policies/371702-mudan/trial-2023.policy.yaml');

const version = (id: string, effectiveFrom: string | null, effectiveTo: string | null) => ({ id, versionLabel: id, effectiveFrom, effectiveTo });

describe('planPublication', () => {
  let content: PolicyDocument;
  beforeAll(() => {
    content = loadPolicyYaml(readFileSync(MUDAN_FILE, 'utf8'));
  });

  it('writes the published period into the content, keeping the note and settings', () => {
    const plan = planPublication({ content }, [], { effectiveFrom: '2025-05-09' });
    expect(plan.document.effective).toEqual({ note: content.effective.note, settings: content.effective.settings, from: '2025-05-09' });
    expect(plan.overlaps).toEqual([]);
    expect(content.effective.to).toBe('2025-05-08');
  });

  it('ends an open-ended predecessor that started earlier only with endPrevious', () => {
    const open = version('v1', '2023-05-09', null);
    expect(planPublication({ content }, [open], { effectiveFrom: '2025-05-09' }).overlaps[0]).toMatchObject({ resolution: 'conflict' });
    expect(planPublication({ content }, [open], { effectiveFrom: '2025-05-09', endPrevious: true }).overlaps[0]).toMatchObject({
      resolution: 'end-previous',
      newEffectiveTo: '2025-05-08',
    });
  });

  it('never ends a version that starts on or after the new one, or one already closed', () => {
    const sameDay = version('v1', '2025-05-09', null);
    const closed = version('v2', '2020-01-01', '2030-12-31');
    const plan = planPublication({ content }, [sameDay, closed], { effectiveFrom: '2025-05-09', endPrevious: true });
    expect(plan.overlaps.map((overlap) => overlap.resolution)).toEqual(['conflict', 'conflict']);
  });

  it('treats a version without dates as in effect since always and open-ended', () => {
    const undated = version('v1', null, null);
    const plan = planPublication({ content }, [undated], { effectiveFrom: '2025-10-01', endPrevious: true });
    expect(plan.overlaps).toEqual([expect.objectContaining({ versionId: 'v1', resolution: 'end-previous', newEffectiveTo: '2025-09-30' })]);
  });

  it('ignores versions whose periods do not touch the new one', () => {
    const plan = planPublication({ content }, [version('v1', '2023-05-09', '2025-05-08')], { effectiveFrom: '2025-05-09', effectiveTo: '2027-05-08' });
    expect(plan.overlaps).toEqual([]);
  });
});
