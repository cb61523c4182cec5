import { GENESIS_HASH, type AuditEntry } from './audit-entry';
import { auditEntryHash } from './entry-hash';

/** Where the chain first breaks, and why (in Chinese, for the operator). */
export interface AuditChainBreak {
  seq: number;
  reason: string;
}

export interface AuditChainReport {
  ok: boolean;
  /** Entries read. */
  entries: number;
  /**
   * The last entry read. No chain can show entries cut off its end: keep this hash somewhere else and compare it
   * with a later verification.
   */
  head: { seq: number; entryHash: string } | null;
  firstBroken?: AuditChainBreak;
  /** One line saying what was found, the same for the CLI and the api. */
  summary: string;
}

/** How far away a moved entry's original place is looked for, to tell reordering apart from editing. */
const MOVED_WITHIN = 16;

/**
 * Verifies a chain one entry at a time, so that a log of any length is read in pages and never held in memory.
 * Entries are expected in their stored order (by seq). The first break is kept; later entries are only counted.
 */
export class AuditChainVerifier {
  private count = 0;
  private previous: AuditEntry | null = null;
  private broken: AuditChainBreak | undefined;

  /**
   * @param appearsLater whether an entry numbered `seq` comes later in the input than `position`; it tells a
   *   reordered input apart from a removed entry (a reader of a table ordered by seq need not give it).
   */
  constructor(private readonly appearsLater: (seq: number, position: number) => boolean = () => false) {}

  add(entry: AuditEntry): void {
    if (!this.broken) this.broken = this.check(entry, this.count);
    this.count++;
    this.previous = entry;
  }

  report(): AuditChainReport {
    const last = this.previous;
    const head = last ? { seq: last.seq, entryHash: last.entryHash } : null;
    if (this.broken) {
      const { seq, reason } = this.broken;
      return {
        ok: false,
        entries: this.count,
        head,
        firstBroken: this.broken,
        summary: `审计日志在第 ${seq} 条记录处断开：${reason}（共读取 ${this.count} 条记录）`,
      };
    }
    return {
      ok: true,
      entries: this.count,
      head,
      summary: head ? `审计日志完整：${this.count} 条记录，链尾为第 ${head.seq} 条，哈希 ${head.entryHash}` : '审计日志完整：0 条记录（日志为空）',
    };
  }

  private check(entry: AuditEntry, position: number): AuditChainBreak | undefined {
    const previous = this.previous;
    const expected = (previous?.seq ?? 0) + 1;
    if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) {
      return { seq: expected, reason: `第 ${position + 1} 个位置的记录序号“${String(entry.seq)}”无效，应为正整数` };
    }
    if (entry.seq < expected) {
      return { seq: entry.seq, reason: `第 ${entry.seq} 条记录出现在第 ${previous?.seq} 条之后：记录顺序被打乱或重复` };
    }
    if (entry.seq > expected) {
      if (this.appearsLater(expected, position)) {
        return { seq: entry.seq, reason: `第 ${entry.seq} 条记录排在第 ${expected} 条之前：记录顺序被打乱` };
      }
      const range = entry.seq - 1 > expected ? ` 至第 ${entry.seq - 1}` : '';
      const where = previous ? `第 ${previous.seq} 条之后直接是第 ${entry.seq} 条` : `日志从第 ${entry.seq} 条开始`;
      return { seq: expected, reason: `缺少第 ${expected}${range} 条记录（${where}）：记录可能已被删除` };
    }
    if (auditEntryHash(entry.prevHash, entry) !== entry.entryHash) {
      const original = this.originalPlace(entry);
      return original === undefined
        ? { seq: entry.seq, reason: `第 ${entry.seq} 条记录的内容与其哈希不符：记录已被修改` }
        : { seq: entry.seq, reason: `第 ${entry.seq} 条记录原为第 ${original} 条：记录被重新编号（${original > entry.seq ? '顺序被调换，或其前有记录被删除' : '顺序被调换，或其前被插入了记录'}）` };
    }
    const expectedPrev = previous?.entryHash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) {
      return previous
        ? {
            seq: entry.seq,
            reason: `第 ${entry.seq} 条记录的前序哈希与第 ${previous.seq} 条记录的哈希不符：链接断开，第 ${previous.seq} 条可能被改写后重新计算了哈希`,
          }
        : { seq: entry.seq, reason: '第 1 条记录的前序哈希不是链的起点（应为 64 个 0）：链首可能被替换' };
    }
    return undefined;
  }

  /** The number an entry whose hash does not match would have had, if only its number was changed. */
  private originalPlace(entry: AuditEntry): number | undefined {
    for (let distance = 1; distance <= MOVED_WITHIN; distance++) {
      for (const seq of [entry.seq - distance, entry.seq + distance]) {
        if (seq >= 1 && auditEntryHash(entry.prevHash, { ...entry, seq }) === entry.entryHash) return seq;
      }
    }
    return undefined;
  }
}

/**
 * Verifies a whole chain given as a list: each entry's hash, its link to the entry before, and the numbering
 * (a gap is a removed entry; an entry ahead of its place is reordering).
 */
export function verifyAuditChain(entries: ReadonlyArray<AuditEntry>): AuditChainReport {
  const lastPosition = new Map<number, number>();
  entries.forEach((entry, position) => lastPosition.set(entry.seq, position));
  const verifier = new AuditChainVerifier((seq, position) => (lastPosition.get(seq) ?? -1) > position);
  for (const entry of entries) verifier.add(entry);
  return verifier.report();
}
