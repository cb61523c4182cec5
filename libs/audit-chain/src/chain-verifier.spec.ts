import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-entry';
import { AuditChainVerifier, verifyAuditChain } from './chain-verifier';
import { auditEntryHash, nextAuditEntry } from './entry-hash';

/** A chain of `n` entries, as the api appends them. */
function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    entries.push(
      nextAuditEntry(entries.at(-1) ?? null, {
        at: `2025-10-0${i}T08:00:00.000Z`,
        actorId: 'u-admin',
        action: 'calendar.update',
        subjectType: 'Calendar',
        subjectId: String(2024 + i),
        after: { published: true, n: i },
        detail: { year: 2024 + i },
      }),
    );
  }
  return entries;
}

/** An entry whose hash was recomputed after a change, as a forger would. */
function rehashed(entry: AuditEntry): AuditEntry {
  return { ...entry, entryHash: auditEntryHash(entry.prevHash, entry) };
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain and names its head', () => {
    const entries = chain(6);
    expect(verifyAuditChain(entries)).toEqual({
      ok: true,
      entries: 6,
      head: { seq: 6, entryHash: entries[5]?.entryHash },
      summary: `审计日志完整：6 条记录，链尾为第 6 条，哈希 ${entries[5]?.entryHash}`,
    });
  });

  it('accepts an empty log', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, entries: 0, head: null, summary: '审计日志完整：0 条记录（日志为空）' });
  });

  it('finds a changed field', () => {
    const entries = chain(6);
    entries[2] = { ...entries[2]!, actorId: 'someone-else' };
    const report = verifyAuditChain(entries);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({ seq: 3, reason: '第 3 条记录的内容与其哈希不符：记录已被修改' });
    expect(report.entries).toBe(6);
    expect(report.summary).toBe('审计日志在第 3 条记录处断开：第 3 条记录的内容与其哈希不符：记录已被修改（共读取 6 条记录）');
  });

  it('finds a changed entry whose hash was recomputed, at the link to the next entry', () => {
    const entries = chain(6);
    entries[2] = rehashed({ ...entries[2]!, detail: '{"year":1999}' });
    expect(verifyAuditChain(entries).firstBroken).toEqual({
      seq: 4,
      reason: '第 4 条记录的前序哈希与第 3 条记录的哈希不符：链接断开，第 3 条可能被改写后重新计算了哈希',
    });
  });

  it('finds a removed entry as a gap in the numbering', () => {
    const entries = chain(6);
    expect(verifyAuditChain(entries.filter((entry) => entry.seq !== 3)).firstBroken).toEqual({
      seq: 3,
      reason: '缺少第 3 条记录（第 2 条之后直接是第 4 条）：记录可能已被删除',
    });
    expect(verifyAuditChain(entries.filter((entry) => entry.seq !== 3 && entry.seq !== 4)).firstBroken?.reason).toBe(
      '缺少第 3 至第 4 条记录（第 2 条之后直接是第 5 条）：记录可能已被删除',
    );
    expect(verifyAuditChain(entries.slice(1)).firstBroken).toEqual({ seq: 1, reason: '缺少第 1 条记录（日志从第 2 条开始）：记录可能已被删除' });
  });

  it('finds a removed entry whose successors were renumbered', () => {
    const entries = chain(6).filter((entry) => entry.seq !== 3).map((entry, i) => ({ ...entry, seq: i + 1 }));
    expect(verifyAuditChain(entries).firstBroken).toEqual({ seq: 3, reason: '第 3 条记录原为第 4 条：记录被重新编号（顺序被调换，或其前有记录被删除）' });
  });

  it('finds reordered entries in a list', () => {
    const [a, b, c, d, e, f] = chain(6) as [AuditEntry, AuditEntry, AuditEntry, AuditEntry, AuditEntry, AuditEntry];
    expect(verifyAuditChain([a, b, d, c, e, f]).firstBroken).toEqual({ seq: 4, reason: '第 4 条记录排在第 3 条之前：记录顺序被打乱' });
    expect(verifyAuditChain([a, b, c, c, d, e, f]).firstBroken).toEqual({ seq: 3, reason: '第 3 条记录出现在第 3 条之后：记录顺序被打乱或重复' });
  });

  it('finds entries whose numbers were swapped in the table', () => {
    // Read back ordered by seq, as from the database: the third row now holds the fourth entry.
    const entries = chain(6);
    const third = entries[2]!;
    const fourth = entries[3]!;
    entries[2] = { ...fourth, seq: 3 };
    entries[3] = { ...third, seq: 4 };
    expect(verifyAuditChain(entries).firstBroken).toEqual({ seq: 3, reason: '第 3 条记录原为第 4 条：记录被重新编号（顺序被调换，或其前有记录被删除）' });
    // Moved the other way: an entry was put in earlier.
    const [a, b, c] = chain(3) as [AuditEntry, AuditEntry, AuditEntry];
    expect(verifyAuditChain([a, { ...c, seq: 2 }, { ...b, seq: 3 }]).firstBroken?.reason).toBe('第 2 条记录原为第 3 条：记录被重新编号（顺序被调换，或其前有记录被删除）');
    expect(verifyAuditChain([a, b, { ...b, seq: 3 }]).firstBroken?.reason).toBe('第 3 条记录原为第 2 条：记录被重新编号（顺序被调换，或其前被插入了记录）');
  });

  it('finds a broken previous-hash link', () => {
    const entries = chain(6);
    entries[4] = rehashed({ ...entries[4]!, prevHash: 'f'.repeat(64) });
    expect(verifyAuditChain(entries).firstBroken?.seq).toBe(5);
    expect(verifyAuditChain(entries).firstBroken?.reason).toContain('链接断开');
    const forgedStart = chain(2);
    forgedStart[0] = rehashed({ ...forgedStart[0]!, prevHash: '1'.repeat(64) });
    expect(verifyAuditChain(forgedStart).firstBroken).toEqual({ seq: 1, reason: '第 1 条记录的前序哈希不是链的起点（应为 64 个 0）：链首可能被替换' });
  });

  it('refuses an entry without a valid number', () => {
    const entries = chain(2);
    entries[1] = { ...entries[1]!, seq: Number.NaN };
    expect(verifyAuditChain(entries).firstBroken).toEqual({ seq: 2, reason: '第 2 个位置的记录序号“NaN”无效，应为正整数' });
  });

  it('reports only the first break, and counts every entry', () => {
    const entries = chain(6);
    entries[1] = { ...entries[1]!, action: 'changed' };
    entries[4] = { ...entries[4]!, action: 'changed' };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, entries: 6, firstBroken: { seq: 2 }, head: { seq: 6 } });
  });
});

describe('AuditChainVerifier', () => {
  it('verifies a chain read in pages, entry by entry', () => {
    const verifier = new AuditChainVerifier();
    for (const entry of chain(5)) verifier.add(entry);
    expect(verifier.report()).toMatchObject({ ok: true, entries: 5, head: { seq: 5 } });
  });

  it('reads a jump in the numbering as removal when it cannot look ahead (a table read by seq)', () => {
    const [a, b, c, d] = chain(4) as [AuditEntry, AuditEntry, AuditEntry, AuditEntry];
    const verifier = new AuditChainVerifier();
    for (const entry of [a, b, d, c]) verifier.add(entry);
    expect(verifier.report().firstBroken?.reason).toContain('缺少第 3 条记录');
  });
});
