import {
  createFactEnvironment,
  resolveFacts,
  type Condition,
  type FactEnvironment,
  type FactValue,
  type FactValues,
  type PolicyDocument,
  type ResolvedFact,
} from '@banfa/policy-model';
import { compileCel, type CelProgram } from './cel.compile';
import { compileCondition, type ConditionContext } from './condition.compile';
import type { CompiledCondition } from './compiled-condition.types';
import { FactSlot } from './fact-reading.slots';
import { FactRow, type FactScratch } from './fact-row';

/**
 * Everything the conditions of one document need, built once per document however many projects it judges: its
 * facts and their readings, one CEL environment, one compiled program per expression, one compiled form per
 * condition. A document is not changed once it is evaluated (the api and the cli parse a new one for each version).
 */
export class ConditionCatalogue implements ConditionContext, FactScratch {
  private readonly facts: ReadonlyMap<string, ResolvedFact>;
  private readonly env: FactEnvironment;
  private readonly slots = new Map<string, FactSlot>();
  private readonly programs = new Map<string, CelProgram>();
  private readonly compiled = new WeakMap<Condition, CompiledCondition>();
  /**
   * Scratch for evaluations: the code of each fact (by slot index) and the evaluation it was read for. An
   * evaluation reads a fact's code once however many conditions read the fact; a code stamped with another
   * evaluation's number is read again, so evaluations never see each other's facts.
   */
  codes = new Int32Array(64);
  stamps = new Int32Array(64);
  /** The same for the values of the facts (see FactRow). */
  values = new Array<FactValue | undefined>(64);
  valueStamps = new Int32Array(64);
  private evaluations = 0;

  constructor(doc: PolicyDocument) {
    const resolved = resolveFacts(doc);
    this.facts = new Map(resolved.map((fact) => [fact.key, fact]));
    this.env = createFactEnvironment(resolved);
  }

  /** How many facts have slots (the size of an evaluation's memo of money readings). */
  get slotCount(): number {
    return this.slots.size;
  }

  /** A number for a new evaluation (see the codes and stamps). */
  nextEvaluation(): number {
    // Wrapping after 2³¹ evaluations is harmless: a stale stamp would need the same number 2³¹ evaluations later.
    this.evaluations = (this.evaluations + 1) | 0 || 1;
    return this.evaluations;
  }

  /** A project's facts for one evaluation, each read once. */
  row(facts: FactValues): FactRow {
    return new FactRow(this, facts, this.nextEvaluation());
  }

  slot(key: string): FactSlot {
    let slot = this.slots.get(key);
    if (!slot) {
      this.slots.set(key, (slot = new FactSlot(key, this.facts.get(key), this.slots.size)));
      if (this.slots.size > this.codes.length) this.grow(this.slots.size * 2);
    }
    return slot;
  }

  cel(expression: string): CelProgram {
    let program = this.programs.get(expression);
    if (!program) this.programs.set(expression, (program = compileCel(this.env, this.facts, expression, (key) => this.slot(key))));
    return program;
  }

  condition(condition: Condition): CompiledCondition {
    let compiled = this.compiled.get(condition);
    if (!compiled) this.compiled.set(condition, (compiled = compileCondition(condition, this)));
    return compiled;
  }

  private grow(size: number): void {
    const codes = new Int32Array(size);
    const stamps = new Int32Array(size);
    const valueStamps = new Int32Array(size);
    codes.set(this.codes);
    stamps.set(this.stamps);
    valueStamps.set(this.valueStamps);
    this.codes = codes;
    this.stamps = stamps;
    this.valueStamps = valueStamps;
    this.values.length = size;
  }
}

const CATALOGUES = new WeakMap<PolicyDocument, ConditionCatalogue>();

export function conditionCatalogue(doc: PolicyDocument): ConditionCatalogue {
  let catalogue = CATALOGUES.get(doc);
  if (!catalogue) CATALOGUES.set(doc, (catalogue = new ConditionCatalogue(doc)));
  return catalogue;
}
