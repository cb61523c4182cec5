import { diffPolicies, POLICY_CHANGE_KIND_LABEL, POLICY_CHANGE_KINDS, type PolicyDiff } from '@banfa/policy-model';
import { locatePolicy } from './policy-locator';

export interface DiffOptions {
  dir: string;
  at: string;
  json?: boolean;
}

/**
 * Compares two versions of a policy (files, or the references `evaluate --policy` takes) and prints what changed,
 * grouped by kind, each change with its article; or the diff as JSON.
 */
export function diffCommand(beforeRef: string, afterRef: string, options: DiffOptions, out: (line: string) => void): number {
  const before = locatePolicy(beforeRef, options.dir, options.at);
  const after = locatePolicy(afterRef, options.dir, options.at);
  const diff = diffPolicies(before.document, after.document);
  if (options.json) {
    out(JSON.stringify({ ...diff, before: { ...diff.before, file: before.file }, after: { ...diff.after, file: after.file } }, null, 2));
  } else {
    printDiff(diff, before.file, after.file, out);
  }
  return 0;
}

export function printDiff(diff: PolicyDiff, beforeFile: string, afterFile: string, out: (line: string) => void): void {
  const { before, after } = diff;
  out(`${after.jurisdiction.name} · ${after.title}`);
  out(`  旧：${before.versionLabel}（${beforeFile}）`);
  out(`  新：${after.versionLabel}（${afterFile}）`);
  if (diff.identical) {
    out('两个版本没有差异。');
    return;
  }
  for (const kind of POLICY_CHANGE_KINDS) {
    const changes = diff.changes.filter((change) => change.kind === kind);
    if (changes.length === 0) continue;
    out(`\n${POLICY_CHANGE_KIND_LABEL[kind]}（${changes.length}）`);
    changes.forEach((change) => out(`  ${MARK[change.change]} ${change.sentence}`));
  }
  const { total, editorial } = diff.summary;
  out(`\n共 ${total} 处变化${editorial > 0 ? `，其中文字修改 ${editorial} 处（不影响计算）` : ''}。`);
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;
