import { formatIssue, parsePolicyYaml } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expandPaths } from './files';

/** Validates policy documents; prints each problem as file:line:col with the field path. Returns the exit code. */
export function validateCommand(paths: string[], out: (line: string) => void): number {
  const files = expandPaths(paths, '.policy.yaml');
  if (files.length === 0) {
    out('没有找到政策文件（*.policy.yaml）');
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const result = parsePolicyYaml(readFileSync(file, 'utf8'));
    if (result.ok) {
      out(`✓ ${name}（${result.document.jurisdiction.name} · ${result.document.title} · ${result.document.versionLabel}）`);
    } else {
      failed++;
      out(`✗ ${name}：${result.issues.length} 处错误`);
      result.issues.forEach((issue) => out(`  ${formatIssue(issue, name)}`));
    }
  }
  return failed > 0 ? 1 : 0;
}
