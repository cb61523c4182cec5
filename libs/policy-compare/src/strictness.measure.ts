import { parseMoney } from '@banfa/policy-model';
import type { CellEntry, EntryValue } from './comparison.types';

/**
 * A value placed on a scale where lower is stricter. Values on different scales are not compared: a threshold on
 * 项目总投资 is not ranked against one on 年度预算, 10 working days not against 6 months, a period from 合同签订 not
 * against one from 验收通过. The scale `*` (a requirement for every project) sits at the bottom of any scale.
 */
export interface Measure {
  scale: string;
  value: bigint;
}

export const ANY_SCALE = '*';

/**
 * The measure of one entry, for rows where a lower number is stricter:
 * - an amount below which something lighter applies (备案制 ≤ 50万元): lower is stricter, fewer projects get it, and
 *   "<" is stricter than "≤" at the same amount;
 * - an amount from which something more applies (监理 ≥ 100万元): lower is stricter, more projects must do it, "≥" is
 *   stricter than ">", and "every project" is the strictest;
 * - a period, a reporting interval, a ratio or a count: the smaller the stricter.
 */
export function entryMeasure(value: EntryValue): Measure | undefined {
  if (!Object.isFrozen(value)) return measureOf(value);
  const known = measured.get(value);
  if (known !== undefined) return known ?? undefined;
  const measure = measureOf(value);
  measured.set(value, measure ?? null);
  return measure;
}

/** Measures by value, once per frozen value (the entries a document contributes are derived once and kept). */
const measured = new WeakMap<EntryValue, Measure | null>();

function measureOf(value: EntryValue): Measure | undefined {
  switch (value.kind) {
    case 'threshold': {
      const fen = parseMoney(value.amount, value.unit);
      const upper = value.comparison === 'lt' || value.comparison === 'lte';
      const inclusiveTie = value.comparison === 'lte' || value.comparison === 'gt' ? 1n : 0n;
      return { scale: `${upper ? 'below' : 'from'}:${value.fact}`, value: fen * 2n + inclusiveTie };
    }
    case 'always':
      return { scale: ANY_SCALE, value: 0n };
    case 'period':
      return { scale: `${value.unit}:${value.from}`, value: BigInt(value.amount) };
    case 'every':
      return { scale: 'months', value: BigInt(value.months) };
    case 'ratio':
      return { scale: `ratio:${value.base}:${value.comparison}`, value: scaledRatio(value.ratio) };
    case 'count':
      return { scale: 'count', value: BigInt(value.max) };
    default:
      return undefined;
  }
}

/** The strictest measure of a cell per scale (a cell may hold several entries). */
export function cellMeasures(entries: ReadonlyArray<CellEntry>): Measure[] {
  const best = new Map<string, bigint>();
  for (const entry of entries) {
    const measure = entryMeasure(entry.value);
    if (!measure) continue;
    const known = best.get(measure.scale);
    if (known === undefined || measure.value < known) best.set(measure.scale, measure.value);
  }
  return [...best].map(([scale, value]) => ({ scale, value }));
}

/**
 * The cells (by index) that are strictest on the scale most cells share; none when fewer than two cells can be
 * compared or when they all stand at the same value.
 */
export function strictestCells(measures: ReadonlyArray<ReadonlyArray<Measure>>): number[] {
  const counts = new Map<string, number>();
  const wildcards = measures.filter((cell) => cell.some((measure) => measure.scale === ANY_SCALE)).length;
  measures.forEach((cell) => new Set(cell.map((measure) => measure.scale)).forEach((scale) => scale !== ANY_SCALE && counts.set(scale, (counts.get(scale) ?? 0) + 1)));
  let scale = ANY_SCALE;
  let most = 0;
  for (const [candidate, count] of counts) {
    if (count > most) [scale, most] = [candidate, count];
  }
  const placed = measures
    .map((cell, index) => {
      const own = cell.find((measure) => measure.scale === scale) ?? cell.find((measure) => measure.scale === ANY_SCALE);
      return own ? { index, value: own.value } : undefined;
    })
    .filter((cell): cell is { index: number; value: bigint } => cell !== undefined);
  if (placed.length < 2 || (scale === ANY_SCALE && wildcards < 2)) return [];
  const min = placed.reduce((low, cell) => (cell.value < low ? cell.value : low), placed[0]?.value ?? 0n);
  if (placed.every((cell) => cell.value === min)) return [];
  return placed.filter((cell) => cell.value === min).map((cell) => cell.index);
}

/** "0.10" → 100000000000 (twelve decimal places), exactly. */
function scaledRatio(ratio: string): bigint {
  const [whole = '0', fraction = ''] = ratio.split('.');
  return BigInt(`${whole}${fraction.padEnd(12, '0').slice(0, 12)}`);
}
