/**
 * Which days of the calendar's span are working days under one definition of a working day, and how to find the
 * N-th of them: the whole of what makes working-day arithmetic O(1). Offsets count days from the span's first day.
 */
export interface WorkingDayIndex {
  /** 1 for a working day. */
  readonly working: Uint8Array;
  /** Working days up to and including each day. */
  readonly upTo: Int32Array;
  /** The day offset of the k-th working day (k from 1). */
  readonly nth: Int32Array;
  /** How many working days the span holds. */
  readonly total: number;
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The index of the official working days without the adjusted weekend workdays (调休上班): a day works when the
 * official calendar makes it a working day and it is a Monday to Friday. Built in one pass, as the official index is.
 */
export function withoutAdjustedWorkdays(official: WorkingDayIndex, firstDay: number): WorkingDayIndex {
  const days = official.working.length;
  const working = new Uint8Array(days);
  const upTo = new Int32Array(days);
  const nth = new Int32Array(days + 1);
  let count = 0;
  for (let i = 0; i < days; i++) {
    const weekday = weekdayOf(firstDay + i);
    if (official.working[i] === 1 && weekday !== 0 && weekday !== 6) {
      count++;
      nth[count] = i;
      working[i] = 1;
    }
    upTo[i] = count;
  }
  return { working, upTo, nth, total: count };
}
