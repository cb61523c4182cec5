/**
 * The due points of a calendar schedule (each quarter end, half-year end, or a yearly day), written once per year
 * and kept with the document's plan, so that an evaluation compares dates instead of writing them.
 */
export class CalendarPoints {
  private readonly byYear = new Map<number, readonly string[]>();

  constructor(
    private readonly period: 'quarter' | 'half-year' | 'year',
    private readonly dueBy: string | undefined,
  ) {}

  /** The first point on or after `from` (strictly after, when a report was filed on it). */
  next(from: string, inclusive: boolean): string {
    const points = this.around(yearOf(from));
    for (const point of points) if (inclusive ? point >= from : point > from) return point;
    return points[points.length - 1] ?? from;
  }

  /** The points of a year and of the year after it, in order. */
  private around(year: number): readonly string[] {
    let points = this.byYear.get(year);
    if (!points) {
      const written: string[] = [];
      for (const y of [year, year + 1]) {
        if (this.period === 'year') written.push(`${y}-${this.dueBy ?? '12-31'}`);
        if (this.period === 'half-year') written.push(`${y}-06-30`, `${y}-12-31`);
        if (this.period === 'quarter') written.push(`${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`);
      }
      this.byYear.set(year, (points = Object.freeze(written)));
    }
    return points;
  }
}

/** The year of a YYYY-MM-DD date (as Number(from.slice(0, 4)) reads it, without making a string). */
function yearOf(date: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(date.slice(0, 4));
    year = year * 10 + digit;
  }
  return year;
}
