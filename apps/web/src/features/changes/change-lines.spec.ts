import { describe, expect, it } from 'vitest';
import { lianpingPolicy } from '../../testing/seed-policies.test-helper';
import { changeLines } from './change-lines';

const form = lianpingPolicy().forms.find((candidate) => candidate.id === 'change-request')!;

describe('change lines from 附表3 项目变更单', () => {
  it('reads 原小计 / 现小计 of both lists with their unit, skipping empty rows', () => {
    const values = {
      hardwareChanges: [
        { oldItem: '服务器A', oldSubtotal: '50000', newSubtotal: '70000' },
        { oldItem: '空行' },
      ],
      softwareChanges: [{ newSubtotal: '12000.50' }],
    };
    expect(changeLines(form.schema as Record<string, unknown>, values)).toEqual([
      { old: '50000元', new: '70000元' },
      { new: '12000.50元' },
    ]);
  });

  it('gives no lines for an empty form', () => {
    expect(changeLines(form.schema as Record<string, unknown>, {})).toEqual([]);
  });
});
