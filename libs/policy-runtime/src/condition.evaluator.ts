import { formatCitation, type Citation, type Condition, type FactValues, type PolicyDocument } from '@banfa/policy-model';
import { ConditionCatalogue, conditionCatalogue } from './condition.catalogue';
import type { BoundedMemo } from './bounded-memo';
import type { ConditionSite } from './compiled-condition.types';
import type { ConditionTrace, FactReading } from './decision-report.types';
import type { FactSlot } from './fact-reading.slots';
import type { FactRow } from './fact-row';

/**
 * `lastKey` when the last entry recorded was built for this project only. Callers test `key < 0` (an imported
 * constant would cost a property getter per read in hot loops once compiled to CommonJS, as tsx does).
 */
const UNSHARED_KEY = -1;

/**
 * Evaluates the conditions of one policy against one project's facts, recording each in the trace. One per
 * evaluation: it also remembers the money readings it has written, so each amount is formatted once.
 *
 * A condition whose facts all have shared readings (是/否, an option, not given) gives the same trace entry for
 * every project that reads them so: that entry is built once, frozen, and kept in the condition's memo.
 */
export class ConditionEvaluator {
  /** The entries recorded, in order; sized up front when the caller knows how many there can be (see `finish`). */
  readonly trace: ConditionTrace[];
  private recorded = 0;
  /** The memo key of the entry recorded last, negative when it is not shared: callers key the parts they build from it alike. */
  lastKey = UNSHARED_KEY;
  private readonly catalogue: ConditionCatalogue;
  /** The project's facts, each read once; its evaluation number is the one the catalogue remembers codes under. */
  readonly row: FactRow;
  private readonly evaluation: number;
  private money: Array<FactReading | undefined> | undefined;

  /**
   * For a document, or directly for the catalogue of its execution plan; `capacity` is how many conditions the
   * evaluation can record at most (an array grown by push starts at 17 slots and grows again).
   */
  constructor(doc: PolicyDocument | ConditionCatalogue, values: FactValues, capacity = 0) {
    this.catalogue = doc instanceof ConditionCatalogue ? doc : conditionCatalogue(doc);
    this.row = this.catalogue.row(values);
    this.evaluation = this.row.evaluation;
    this.trace = capacity > 0 ? new Array<ConditionTrace>(capacity) : [];
  }

  /** The trace, cut to the entries recorded (when it was sized up front). */
  finish(): ConditionTrace[] {
    // Cutting an array's length is a call into the runtime: only when there is something to cut.
    if (this.trace.length !== this.recorded) this.trace.length = this.recorded;
    return this.trace;
  }

  /** Evaluates any condition of the document (compiled on first use) and records it. */
  evaluate(condition: Condition, source: string, cite: Citation): ConditionTrace {
    return this.record({ condition: this.catalogue.condition(condition), source, cite, citeText: formatCitation(cite), memo: undefined, weights: undefined });
  }

  /** Evaluates a condition compiled into the document's execution plan and records it. */
  record(site: ConditionSite): ConditionTrace {
    const key = this.keyOf(site);
    this.lastKey = key;
    let entry: ConditionTrace | undefined;
    if (key < 0) {
      entry = this.entry(site);
    } else {
      const memo = site.memo as BoundedMemo<ConditionTrace>;
      entry = memo.get(key);
      if (entry === undefined) {
        entry = this.entry(site);
        Object.freeze(entry.facts);
        memo.keep(key, Object.freeze(entry));
      }
    }
    this.trace[this.recorded++] = entry;
    return entry;
  }

  reading(key: string): FactReading {
    return this.read(this.catalogue.slot(key));
  }

  /** Σ code × weight over the condition's facts, or UNSHARED_KEY when it has no memo or a reading is not shared. */
  private keyOf(site: ConditionSite): number {
    const weights = site.weights;
    if (weights === undefined) return UNSHARED_KEY;
    const slots = site.condition.slots;
    // Most conditions read one fact: its code is the key (its weight is 1).
    if (slots.length === 1) return this.codeOf(slots[0] as FactSlot);
    let key = 0;
    for (let i = 0; i < slots.length; i++) {
      const code = this.codeOf(slots[i] as FactSlot);
      if (code < 0) return UNSHARED_KEY;
      key += code * (weights[i] as number);
    }
    return key;
  }

  /** A fact's code (FactSlot.code) in this evaluation, read once; UNSHARED_KEY for a reading not shared. */
  private codeOf(slot: FactSlot): number {
    // The catalogue's scratch (its arrays are only replaced while compiling).
    const catalogue = this.catalogue;
    const index = slot.index;
    if (catalogue.stamps[index] === this.evaluation) return catalogue.codes[index] as number;
    const code = slot.code(this.row.value(slot));
    // 0 is FactSlot's UNSHARED code: a reading built for this project.
    const kept = code === 0 ? UNSHARED_KEY : code;
    catalogue.codes[index] = kept;
    catalogue.stamps[index] = this.evaluation;
    return kept;
  }

  private entry(site: ConditionSite): ConditionTrace {
    const condition = site.condition;
    const result = condition.decide(this.row);
    const slots = condition.slots;
    // Sized once: an array grown by push starts at 17 slots.
    const facts = new Array<FactReading>(slots.length);
    for (let i = 0; i < slots.length; i++) facts[i] = this.read(slots[i] as FactSlot);
    return {
      source: site.source,
      text: condition.text,
      result,
      facts,
      cite: site.cite,
      citeText: site.citeText,
      // Frozen and shared by every entry of this condition, like the readings of 是/否 and of options.
      settings: condition.settings as string[],
    };
  }

  private read(slot: FactSlot): FactReading {
    const value = this.row.value(slot);
    if (!slot.money || typeof value !== 'bigint') return slot.read(value);
    const memo = (this.money ??= new Array<FactReading | undefined>(this.catalogue.slotCount));
    return (memo[slot.index] ??= slot.read(value));
  }
}
