import type { DeadlineAnchor, PeriodAmount } from './policy-document.schema';

/** The events an anchor names, in the order written: one for `from: accepted`, several for `laterOf`/`earlierOf`. */
export function anchorEvents(from: DeadlineAnchor): readonly string[] {
  if (typeof from === 'string') return [from];
  return 'laterOf' in from ? from.laterOf : from.earlierOf;
}

/** Which of several events an anchor takes: the later or the earlier (undefined for a single event). */
export function anchorChoice(from: DeadlineAnchor): 'later' | 'earlier' | undefined {
  if (typeof from === 'string') return undefined;
  return 'laterOf' in from ? 'later' : 'earlier';
}

/**
 * One string per anchor, equal for equal anchors: the event itself, or "laterOf:accepted+goLive" (the events in
 * the order written). For grouping and comparing periods by what they count from.
 */
export function anchorKey(from: DeadlineAnchor): string {
  const choice = anchorChoice(from);
  return choice === undefined ? (from as string) : `${choice}Of:${anchorEvents(from).join('+')}`;
}

/** A period's fixed length, or undefined when it is read from a project fact. */
export function fixedAmount(amount: PeriodAmount): number | undefined {
  return typeof amount === 'number' ? amount : undefined;
}

/** The project fact a period's length is read from, if it is. */
export function amountFact(amount: PeriodAmount): string | undefined {
  return typeof amount === 'number' ? undefined : amount.fact;
}
