import type { Citation } from '@banfa/policy-model';
import type { BoundedMemo } from './bounded-memo';
import type { ConditionTrace } from './decision-report.types';
import type { FactSlot } from './fact-reading.slots';
import type { FactReader } from './fact-row';

export type Truth = boolean | 'unknown';

/** A condition compiled once per document: its words, the facts it reads and the settings it depends on. */
export interface CompiledCondition {
  /** The condition in words, as the trace shows it. */
  readonly text: string;
  /** The facts it reads, each once, in order of first appearance. */
  readonly slots: readonly FactSlot[];
  /** Ambiguity settings it depends on (frozen; shared by every trace entry of the condition). */
  readonly settings: readonly string[];
  /** Its result for a project's facts, in three-valued logic. */
  readonly decide: (row: FactReader) => Truth;
}

/** Where a condition sits in a document: what a trace entry says besides the result and the facts read. */
export interface ConditionSite {
  readonly condition: CompiledCondition;
  /** e.g. "tracks.filing.when" */
  readonly source: string;
  readonly cite: Citation;
  readonly citeText: string;
  /**
   * Trace entries shared by the projects whose facts read the same (see FactSlot.code), under the key
   * Σ code × weight (a weight per fact read). Both or neither: absent when the key could not be a safe integer.
   */
  readonly memo: BoundedMemo<ConditionTrace> | undefined;
  readonly weights: readonly number[] | undefined;
}
