import type { FactValue, ResolvedFact } from '@banfa/policy-model';
import type { FactReading } from './decision-report.types';
import { wanText } from './money-text.format';

/** The code of a value whose reading depends on the project (a money amount, free text): it is built each time. */
const UNSHARED = 0;
const NONE = 1;
const YES = 2;
const NO = 3;

/**
 * What a trace shows of one fact, prepared once per document. The readings that do not depend on the project
 * (not given, 是, 否, each option's label) are built once, frozen and shared by every report, each under a small
 * code; a money amount is written once per evaluation (the ConditionEvaluator remembers it at `index`).
 */
export class FactSlot {
  readonly label: string;
  readonly money: boolean;
  /** How many codes there are (UNSHARED included): the radix of this fact in a condition's memo key. */
  readonly radix: number;
  private readonly shared: FactReading[];
  private readonly optionCodes: ReadonlyMap<string, number> | undefined;

  constructor(
    readonly key: string,
    fact: ResolvedFact | undefined,
    /** Position of this fact in an evaluation's memo of money readings. */
    readonly index: number,
  ) {
    this.label = fact?.label ?? key;
    this.money = fact?.type === 'money';
    // By code: UNSHARED (never handed out), NONE, YES, NO, then the options.
    const shared = [this.frozen(null), this.frozen(null), this.frozen('是'), this.frozen('否')];
    let optionCodes: Map<string, number> | undefined;
    for (const option of fact?.options ?? []) {
      optionCodes ??= new Map();
      // The first option with a value wins, as a search through the options would find it.
      if (optionCodes.has(option.value)) continue;
      optionCodes.set(option.value, shared.length);
      shared.push(this.frozen(option.label));
    }
    this.shared = shared;
    this.optionCodes = optionCodes;
    this.radix = shared.length;
  }

  /**
   * The code of a value's shared reading, or UNSHARED. A code stands for one value only (undefined, true, false or
   * one option), so whatever depends on the values of some facts depends only on their codes.
   */
  code(value: FactValue | undefined): number {
    if (value === undefined) return NONE;
    if (typeof value === 'boolean') return value ? YES : NO;
    if (typeof value === 'string') return this.optionCodes?.get(value) ?? UNSHARED;
    return UNSHARED;
  }

  /** A fact value as shown to people: money in 万元 with its unit, booleans as 是/否, an option by its label. */
  read(value: FactValue | undefined): FactReading {
    if (this.money && typeof value === 'bigint') return { key: this.key, label: this.label, value: `${wanText(value)}万元` };
    const code = this.code(value);
    return code === UNSHARED ? { key: this.key, label: this.label, value: String(value) } : (this.shared[code] as FactReading);
  }

  private frozen(value: string | null): FactReading {
    return Object.freeze({ key: this.key, label: this.label, value });
  }
}
