import { canonicalJson } from './canonical-json';
import { parseMoney } from './money';
import type { Condition, Threshold } from './policy-document.schema';
import type { ChangeCollector, ElementRef } from './policy-diff.collector';
import { money } from './policy-diff.side';

/**
 * Compares two conditions part by part while they keep their shape, so that a changed amount is reported as a
 * threshold change and a reworded description as an editorial one; a condition that changed its shape is
 * reported whole, as its text.
 */
export function diffCondition(
  collector: ChangeCollector,
  ref: ElementRef,
  key: string,
  label: string,
  before: Condition | undefined,
  after: Condition | undefined,
): void {
  if (before === undefined || after === undefined) {
    const present = after ?? before;
    if (present === undefined) return;
    const threshold = 'threshold' in present;
    collector.field(
      ref,
      threshold ? { key: `${key}.threshold`, label: '门槛', kind: 'threshold' } : { key, label },
      before && collector.before.condition(before),
      after && collector.after.condition(after),
    );
    return;
  }
  walk(collector, ref, key, label, before, after);
}

function walk(collector: ChangeCollector, ref: ElementRef, path: string, label: string, before: Condition, after: Condition): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  if ('threshold' in before && 'threshold' in after) {
    threshold(collector, ref, `${path}.threshold`, before.threshold, after.threshold);
    return;
  }
  if ('cel' in before && 'cel' in after) {
    if (before.cel !== after.cel) collector.field(ref, { key: `${path}.cel`, label }, collector.before.cel(before), collector.after.cel(after));
  } else if ('not' in before && 'not' in after) {
    walk(collector, ref, `${path}.not`, label, before.not, after.not);
  } else if ('all' in before && 'all' in after && before.all.length === after.all.length) {
    before.all.forEach((part, i) => walk(collector, ref, `${path}.all[${i}]`, label, part, after.all[i] as Condition));
  } else if ('any' in before && 'any' in after && before.any.length === after.any.length) {
    before.any.forEach((part, i) => walk(collector, ref, `${path}.any[${i}]`, label, part, after.any[i] as Condition));
  } else {
    const [b, a] = [collector.before.condition(before), collector.after.condition(after)];
    const same = b === a;
    collector.field(ref, { key: path, label }, same ? collector.before.conditionLogic(before) : b, same ? collector.after.conditionLogic(after) : a);
    return;
  }
  const [b, a] = [description(before), description(after)];
  if (b !== a) collector.field(ref, { key: `${path}.description`, label: '条件说明', kind: 'text' }, b, a);
}

function description(condition: Condition): string | undefined {
  return 'threshold' in condition ? undefined : condition.description;
}

/** "第十二条 备案制门槛：50万元 → 100万元"; the same amount in another unit is only written differently. */
function threshold(collector: ChangeCollector, ref: ElementRef, path: string, before: Threshold, after: Threshold): void {
  const subject = ref.element === 'track' ? `${ref.name}门槛` : undefined;
  const sameTest = before.fact === after.fact && before.comparison === after.comparison && before.setting === after.setting;
  if (sameTest && parseMoney(before.amount, before.unit) === parseMoney(after.amount, after.unit)) {
    collector.field(
      ref,
      { key: path, label: '门槛的写法（金额不变）', kind: 'text', ...(subject ? { subject: `${subject}的写法（金额不变）` } : {}) },
      `${before.amount}${before.unit}`,
      `${after.amount}${after.unit}`,
    );
    return;
  }
  collector.field(
    ref,
    { key: path, label: '门槛', kind: 'threshold', ...(subject ? { subject } : {}) },
    sameTest ? money(before.amount, before.unit) : collector.before.threshold(before),
    sameTest ? money(after.amount, after.unit) : collector.after.threshold(after),
  );
}
