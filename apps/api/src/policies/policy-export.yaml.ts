import { stringify } from 'yaml';
import type { PolicyVersionEntity } from '../database/entities';

/**
 * A version as the YAML text of a policies/ file. Comments carry where it came from; the document itself is the
 * stored content, key for key, so importing the text again gives the identical content hash.
 */
export function policyYaml(version: PolicyVersionEntity): string {
  const header = [
    `# ${version.content.title}（${version.versionLabel}）`,
    `# 导出自 Banfa：政策版本 ${version.id}，${version.state === 'published' ? '已发布' : '草稿'}，内容哈希 sha256:${version.contentHash}`,
    ...(version.effectiveFrom || version.effectiveTo
      ? [`# 平台记录的施行期间：${version.effectiveFrom ?? '（未注明）'} 至 ${version.effectiveTo ?? '（长期）'}`]
      : []),
    '# 可在编辑后通过“导入”生成新的草稿；未经修改重新导入时内容哈希不变。',
  ];
  return `${header.join('\n')}\n${stringify(version.content, { lineWidth: 0 })}`;
}

/** An ASCII file name for Content-Disposition: the version id with anything unsafe replaced. */
export function exportFileName(version: Pick<PolicyVersionEntity, 'id'>): string {
  return `${version.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.policy.yaml`;
}
