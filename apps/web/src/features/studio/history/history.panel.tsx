import type { PolicyVersionDiffView, PolicyVersionSummaryView } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/http';
import { useAuth } from '../../../auth/AuthContext';
import { ApiErrorAlert } from '../publish/api-error.alert';
import { publisherName } from '../publish/published-version.view';
import { useStudioDraft } from '../studio-draft.context';
import { usePolicyVersions } from './policy-versions.query';
import { VersionDiffView } from './version-diff.view';
import { VersionsTable } from './versions.table';

/** The version to compare the open one with by default: the one it was based on, else the newest other published one. */
function defaultBefore(versions: ReadonlyArray<PolicyVersionSummaryView>, current: PolicyVersionSummaryView): string | null {
  if (current.basedOnId && versions.some((version) => version.id === current.basedOnId)) return current.basedOnId;
  return versions.find((version) => version.id !== current.id && version.state === 'published')?.id ?? versions.find((version) => version.id !== current.id)?.id ?? null;
}

/**
 * 版本历史: the policy's versions (state, status, effective period, in force, published), the semantic diff between
 * any two of them (GET …/diff?against=), and a new draft from any version (core's NewDraftButton), opened at once.
 */
export function HistoryPanel() {
  const draft = useStudioDraft();
  const { ability, session } = useAuth();
  const versions = usePolicyVersions(draft.version.policyId);
  const all = versions.data?.versions ?? [];
  const [picked, setPicked] = useState<{ before: string | null; after: string | null }>({ before: null, after: null });
  const after = picked.after ?? draft.version.id;
  const before = picked.before ?? defaultBefore(all, draft.version);
  const labelOf = (id: string | null) => all.find((version) => version.id === id)?.label ?? (id === draft.version.id ? draft.version.label : (id ?? ''));

  const diff = useQuery({
    queryKey: ['policy-version-diff', after, before],
    queryFn: () => api<PolicyVersionDiffView>(`/policy-versions/${encodeURIComponent(after)}/diff?against=${encodeURIComponent(before ?? '')}`),
    enabled: before !== null && before !== after,
  });

  const options = all.map((version) => ({ value: version.id, label: `${version.label}（${version.state === 'draft' ? '草稿' : '已发布'}）` }));
  const unsavedDraftCompared = draft.editable && draft.saveState.kind !== 'saved' && (after === draft.version.id || before === draft.version.id);
  const publishedBy = publisherName(draft.version.publishedBy, session);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="history">
      <Card size="small" title={versions.data?.policy ? `${versions.data.policy.jurisdiction.name} · ${versions.data.policy.title}` : '版本'}>
        {versions.isPending && <Spin />}
        {versions.isError && <ApiErrorAlert error={versions.error} title="无法读取版本列表" />}
        {versions.data && (
          <VersionsTable
            versions={all}
            currentId={draft.version.id}
            canDraft={ability?.can('create', 'PolicyVersion') ?? false}
          />
        )}
        {publishedBy && (
          <Typography.Text type="secondary">
            当前版本发布人：{publishedBy}
          </Typography.Text>
        )}
      </Card>
      <Card
        size="small"
        title="版本比较"
        extra={
          <Space wrap>
            <Select aria-label="比较：修改前" style={{ width: 240 }} value={before ?? undefined} placeholder="修改前的版本" options={options} onChange={(id: string) => setPicked({ before: id, after })} />
            →
            <Select aria-label="比较：修改后" style={{ width: 240 }} value={after} options={options} onChange={(id: string) => setPicked({ before, after: id })} />
          </Space>
        }
      >
        {unsavedDraftCompared && <Alert type="info" showIcon style={{ marginBottom: 8 }} message="比较的是服务器上已保存的草稿；尚未保存的修改保存后再比较" />}
        {before === null && <Typography.Text type="secondary">本政策只有这一个版本</Typography.Text>}
        {before !== null && before === after && <Typography.Text type="secondary">请选择两个不同的版本</Typography.Text>}
        {diff.isPending && diff.fetchStatus === 'fetching' && <Spin />}
        {diff.isError && <ApiErrorAlert error={diff.error} title="无法比较" />}
        {diff.data && before !== after && <VersionDiffView diff={diff.data} beforeLabel={labelOf(before)} afterLabel={labelOf(after)} />}
      </Card>
    </Space>
  );
}
