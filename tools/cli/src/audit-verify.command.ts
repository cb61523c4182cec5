import { AuditChainVerifier, type AuditChainReport } from '@banfa/audit-chain';
import { auditDatabase } from './audit-database';
import { openAuditLog } from './audit-log.reader';

/** Entries read per query: the chain is verified page by page, never held whole in memory. */
const PAGE = 1000;

export interface AuditVerifyOptions {
  json?: boolean;
}

/**
 * `banfa audit verify`: reads the audit log of the configured database and checks every entry's SM3 hash, its link
 * to the entry before and the numbering. Exit 0 when intact, 1 at the first broken entry.
 */
export async function auditVerifyCommand(
  options: AuditVerifyOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  out: (line: string) => void,
): Promise<number> {
  const reader = await openAuditLog(auditDatabase(env, cwd));
  let report: AuditChainReport;
  try {
    const verifier = new AuditChainVerifier();
    let after: number | null = null;
    for (;;) {
      const page = await reader.page(after, PAGE);
      for (const entry of page) verifier.add(entry);
      const last = page.at(-1);
      if (page.length < PAGE || !last) break;
      after = last.seq;
    }
    report = verifier.report();
  } finally {
    await reader.close();
  }
  if (options.json) {
    out(JSON.stringify(report));
  } else {
    out(report.summary);
    if (report.ok && report.head) out('提示：链本身无法发现末尾的记录被整段删除，请另行保存链尾哈希，下次校验时比对。');
  }
  return report.ok ? 0 : 1;
}
