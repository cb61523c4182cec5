/** Keys below this are kept in an array (one slot each); larger ones in a map. */
const DIRECT_KEYS = 1024;

/**
 * A memo of parts of reports that many projects share (a trace entry, a finding, a step not yet started), kept
 * with a document's plan under a numeric key. Its map of large keys stops growing at `limit` entries: past that,
 * parts are built afresh for each report, which gives equal reports, only more slowly.
 */
export class BoundedMemo<T> {
  private readonly direct: Array<T | undefined> = [];
  private readonly large = new Map<number, T>();

  constructor(private readonly limit = 512) {}

  get(key: number): T | undefined {
    return key < DIRECT_KEYS ? this.direct[key] : this.large.get(key);
  }

  /** Keeps a part (frozen by the caller) and returns it. */
  keep(key: number, part: T): T {
    if (key < DIRECT_KEYS) this.direct[key] = part;
    else if (this.large.size < this.limit) this.large.set(key, part);
    return part;
  }
}
