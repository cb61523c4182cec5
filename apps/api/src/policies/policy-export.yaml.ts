import type { PolicyVersionEntity } from '../database/entities';
import { documentYaml, parsesTo } from './policy-source.yaml';

type Exportable = Pick<PolicyVersionEntity, 'id' | 'content' | 'contentHash' | 'versionLabel' | 'state' | 'effectiveFrom' | 'effectiveTo' | 'sourceYaml'>;

/**
 * A version as the YAML text of a policies/ file: the text as its author wrote it, checked to parse to the stored
 * content; else (no text stored, or one that no longer matches) the content written out, with comments saying where
 * it came from. Either way importing the text again gives the identical content hash.
 */
export function exportText(version: Exportable): string {
  if (version.sourceYaml !== null && parsesTo(version.sourceYaml, version.contentHash)) return version.sourceYaml;
  return policyYaml(version);
}

/** The YAML the api writes for a version it holds no text of: the stored content, key for key, with a header. */
export function policyYaml(version: Omit<Exportable, 'sourceYaml'>): string {
  const header = [
    `# ${version.content.title}（${version.versionLabel}）`,
    `# 导出自 Banfa：政策版本 ${version.id}，${version.state === 'published' ? '已发布' : '草稿'}，内容哈希 sha256:${version.contentHash}`,
    ...(version.effectiveFrom || version.effectiveTo
      ? [`# 平台记录的施行期间：${version.effectiveFrom ?? '（未注明）'} 至 ${version.effectiveTo ?? '（长期）'}`]
      : []),
    '# 可在编辑后通过“导入”生成新的草稿；未经修改重新导入时内容哈希不变。',
  ];
  return `${header.join('\n')}\n${documentYaml(version.content)}`;
}

/** An ASCII file name for Content-Disposition: the version id with anything unsafe replaced. */
export function exportFileName(version: Pick<PolicyVersionEntity, 'id'>): string {
  return `${version.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.policy.yaml`;
}
