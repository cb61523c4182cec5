import type { FactValue, FactValues } from '@banfa/policy-model';
import type { FactSlot } from './fact-reading.slots';

/** A project's facts as compiled conditions read them: by slot. */
export interface FactReader {
  /** The facts as given (what cel-js reads when it runs an expression itself). */
  readonly facts: FactValues;
  value(slot: FactSlot): FactValue | undefined;
}

/** Where a document's rows keep the facts they have read, by slot index (see ConditionCatalogue). */
export interface FactScratch {
  values: Array<FactValue | undefined>;
  valueStamps: Int32Array;
}

/**
 * One project's facts for one evaluation, each read from the project's object once however many conditions read
 * it: reading a property by a key that changes from call to call is a megamorphic lookup in V8 (~10 ns), reading
 * an array slot is not. The values are kept in the document's scratch under this row's evaluation number, so rows
 * never see each other's facts, even interleaved.
 */
export class FactRow implements FactReader {
  constructor(
    private readonly scratch: FactScratch,
    readonly facts: FactValues,
    /** A number no other row of the document has (ConditionCatalogue.nextEvaluation). */
    readonly evaluation: number,
  ) {}

  value(slot: FactSlot): FactValue | undefined {
    const scratch = this.scratch;
    const index = slot.index;
    if (scratch.valueStamps[index] === this.evaluation) return scratch.values[index];
    const value = this.facts[slot.key];
    scratch.values[index] = value;
    scratch.valueStamps[index] = this.evaluation;
    return value;
  }
}

/** Facts read straight from the object, by key: for a program compiled outside a document's catalogue. */
export class PlainFacts implements FactReader {
  constructor(readonly facts: FactValues) {}

  value(slot: FactSlot): FactValue | undefined {
    return this.facts[slot.key];
  }
}
