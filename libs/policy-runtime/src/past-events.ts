import type { ProjectEvent } from '@banfa/policy-model';

/**
 * A project's events on or before `at`, oldest first; events of one day keep the order they were recorded in.
 * ISO dates sort by their characters, which is the order localeCompare gives them; anything else is sorted by
 * localeCompare.
 */
export class PastEvents {
  readonly events: readonly ProjectEvent[];

  constructor(events: ReadonlyArray<ProjectEvent>, at: string) {
    // Most histories come oldest first (the api reads them so) and hold nothing after `at`: they are used as they
    // are, without a copy. Otherwise the events on or before `at` are copied and, when out of order, sorted.
    // One event needs no order; several are in order when their days are ISO dates, none earlier than the one before.
    const several = events.length > 1;
    let ordered = true;
    let kept = 0;
    let previous = '';
    for (let i = 0; i < events.length; i++) {
      const on = (events[i] as ProjectEvent).on;
      if (on <= at) kept++;
      if (several && ordered && (on < previous || !isIsoShaped(on))) ordered = false;
      previous = on;
    }
    if (ordered && kept === events.length) {
      this.events = events;
      return;
    }
    // Sized once and cut to length (an array grown by push starts at 17 slots).
    const past = new Array<ProjectEvent>(kept);
    let count = 0;
    for (const event of events) if (event.on <= at) past[count++] = event;
    if (!ordered && past.length > 1) past.sort(past.every(hasIsoDay) ? byDay : byLocale);
    this.events = past;
  }

  /** The day of the first (earliest) event of a kind. */
  firstOn(kind: string): string | undefined {
    for (const event of this.events) if (event.kind === kind) return event.on;
    return undefined;
  }
}

function byDay(a: ProjectEvent, b: ProjectEvent): number {
  return a.on < b.on ? -1 : a.on > b.on ? 1 : 0;
}

function byLocale(a: ProjectEvent, b: ProjectEvent): number {
  return a.on.localeCompare(b.on);
}

function hasIsoDay(event: ProjectEvent): boolean {
  return isIsoShaped(event.on);
}

/** Four digits, a hyphen, two digits, a hyphen, two digits. */
function isIsoShaped(text: string): boolean {
  if (text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}
