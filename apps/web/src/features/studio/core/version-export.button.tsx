import { DownloadOutlined } from '@ant-design/icons';
import type { PolicyVersionSummaryView } from '@banfa/api-contract';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { exportVersion } from './policy-versions.api';

/**
 * 导出 YAML: the version's policy file as the server holds it, `<jurisdiction code>-<version label>.policy.yaml`.
 *
 * With unsaved edits the file is still the server's, and the tooltip and the message say so. Saving first was the
 * other choice, but an export then waits on a save and fails with it whenever the server would refuse the text
 * (it does not validate, or another admin saved in between): the file would be sometimes the edits, sometimes not.
 * The server's version is the one file that is always there, the same bytes another admin, the CLI or a diff sees;
 * the save status beside the button (and 立即保存) tells when it holds the edits.
 */
export function ExportYamlButton({ version, jurisdictionCode, unsaved = false, size = 'small' }: {
  version: Pick<PolicyVersionSummaryView, 'id' | 'label'>;
  jurisdictionCode: string;
  /** The editor holds edits the server does not have yet. */
  unsaved?: boolean;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: () => exportVersion(version, jurisdictionCode),
    onSuccess: (name) => {
      if (unsaved) void message.warning(`已导出 ${name}：这是服务器上最近保存的内容，不含尚未保存的修改`);
      else void message.success(`已导出 ${name}`);
    },
    onError: (error) => void message.error(`未能导出“${version.label}”：${error.message}`),
  });
  const hint = unsaved
    ? '导出服务器上最近保存的内容，不含尚未保存的修改；要包含这些修改，请先“立即保存”'
    : '下载此版本的政策文件（YAML），可用“导入 YAML”再导入为新草稿';
  return (
    <Tooltip title={hint}>
      <Button size={size} icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()} aria-label={`导出 YAML：${version.label}`} aria-description={hint}>
        导出 YAML
      </Button>
    </Tooltip>
  );
}
