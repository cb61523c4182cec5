import { describe, expect, it } from 'vitest';
import { FactSlot } from './fact-reading.slots';

const nature = new FactSlot(
  'nature',
  { key: 'nature', type: 'enum', label: '建设性质', options: [{ value: 'new', label: '新建' }, { value: 'new', label: '重复' }, { value: 'operation', label: '运维' }], canonical: false },
  0,
);
const amount = new FactSlot('amount', { key: 'amount', type: 'money', label: '总投资', canonical: false }, 1);

describe('FactSlot', () => {
  it('reads values as people see them: 是/否, an option by its label, money in 万元, nothing as null', () => {
    expect(nature.read('operation')).toEqual({ key: 'nature', label: '建设性质', value: '运维' });
    expect(nature.read('new')).toEqual({ key: 'nature', label: '建设性质', value: '新建' });
    expect(nature.read('other')).toEqual({ key: 'nature', label: '建设性质', value: 'other' });
    expect(nature.read(true)).toEqual({ key: 'nature', label: '建设性质', value: '是' });
    expect(nature.read(undefined)).toEqual({ key: 'nature', label: '建设性质', value: null });
    expect(amount.read(50_000_000n)).toEqual({ key: 'amount', label: '总投资', value: '50万元' });
    expect(amount.read(false)).toEqual({ key: 'amount', label: '总投资', value: '否' });
    expect(new FactSlot('unknown', undefined, 2).read(7n)).toEqual({ key: 'unknown', label: 'unknown', value: '7' });
  });

  it('shares the readings that do not depend on the project, frozen, and gives one code to one value only', () => {
    expect(nature.read('operation')).toBe(nature.read('operation'));
    expect(Object.isFrozen(nature.read(undefined))).toBe(true);
    const values = [undefined, true, false, 'new', 'operation'];
    const codes = values.map((value) => nature.code(value));
    expect(new Set(codes).size).toBe(values.length);
    expect(codes.every((code) => code > 0 && code < nature.radix)).toBe(true);
  });

  it('gives no shared code to a reading written for one project', () => {
    expect(nature.code('other')).toBe(0);
    expect(amount.code(50_000_000n)).toBe(0);
    expect(amount.read(50_000_000n)).not.toBe(amount.read(50_000_000n));
  });
});
