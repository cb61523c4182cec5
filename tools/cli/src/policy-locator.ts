import { loadPolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { listFiles } from './files';

export interface LocatedPolicy {
  file: string;
  document: PolicyDocument;
}

/**
 * Finds a policy version by jurisdiction code (441623), policy id, folder name or file path, optionally with
 * `@version` (the file's stem or its versionLabel). Without a version: the one in force on `at`, else the newest.
 */
export function locatePolicy(reference: string, dir: string, at: string): LocatedPolicy {
  const [name = '', version] = reference.split('@');
  if (existsSync(name) && statSync(name).isFile()) return { file: name, document: loadPolicyYaml(readFileSync(name, 'utf8'), name) };
  const candidates = listFiles(dir, '.policy.yaml')
    .map((file) => ({ file, document: loadPolicyYaml(readFileSync(file, 'utf8'), file) }))
    .filter(({ file, document }) => [document.jurisdiction.code, document.id, basename(dirname(file))].includes(name))
    .filter(({ file, document }) => !version || basename(file, '.policy.yaml') === version || document.versionLabel === version);
  if (candidates.length === 0) {
    throw new Error(`找不到政策“${reference}”：请给出行政区划代码（如 441623）、政策 id、目录名或文件路径，可加 @版本`);
  }
  const inForce = candidates.find(
    ({ document }) =>
      !['consultation-draft', 'expired', 'repealed'].includes(document.status) &&
      (!document.effective.from || document.effective.from <= at) &&
      (!document.effective.to || at <= document.effective.to),
  );
  const newest = [...candidates].sort((a, b) => (a.document.effective.from ?? '').localeCompare(b.document.effective.from ?? '')).at(-1);
  return (inForce ?? newest) as LocatedPolicy;
}
