import type { ProjectEvent } from '@banfa/policy-model';

/**
 * A project's events on or before `at`, oldest first; events of one day keep the order they were recorded in.
 * ISO dates sort by their characters, which is the order localeCompare gives them; anything else is sorted by
 * localeCompare.
 */
export class PastEvents {
  readonly events: readonly ProjectEvent[];

  constructor(events: ReadonlyArray<ProjectEvent>, at: string) {
    // Sized once and cut to length (an array grown by push starts at 17 slots).
    const past = new Array<ProjectEvent>(events.length);
    let count = 0;
    for (const event of events) if (event.on <= at) past[count++] = event;
    past.length = count;
    if (past.length > 1) past.sort(past.every(hasIsoDay) ? byDay : byLocale);
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
