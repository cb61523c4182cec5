import { UploadOutlined } from '@ant-design/icons';
import type { PolicyVersionView } from '@banfa/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Upload } from 'antd';
import { ApiError } from '../../../api/http';
import { ApiErrorAlert } from '../publish/api-error.alert';
import { importVersion } from './policy-versions.api';

/** The api takes request bodies up to 2 MB; a policy file is a few hundred KB at most. */
const MAX_BYTES = 2 * 1024 * 1024;

async function readPolicyFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    throw new ApiError(413, { code: 'too-large', message: `文件有 ${size} MB，超过 2 MB：请确认选择的是政策文件（*.policy.yaml）`, details: [] });
  }
  return file.text();
}

/**
 * 导入 YAML（新建草稿）: a policies/ file picked from the computer becomes a new draft, which opens. A file the api
 * refuses creates nothing; its problems are listed below the button with their line:col, to fix in the file and
 * import again.
 */
export function YamlImportButton({ onImported }: { onImported(created: PolicyVersionView): void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) => importVersion(await readPolicyFile(file), file.name),
    onSuccess: (created, file) => {
      void queryClient.invalidateQueries({ queryKey: ['studio-policies'] });
      void message.success(`已导入“${file.name}”为新草稿“${created.label}”`);
      onImported(created);
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload
        accept=".yaml,.yml,application/yaml,text/yaml"
        showUploadList={false}
        disabled={upload.isPending}
        // The file is read and sent here; returning false keeps antd from uploading it on its own.
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          导入 YAML（新建草稿）
        </Button>
      </Upload>
      {upload.isError && <ApiErrorAlert error={upload.error} title={`未能导入“${upload.variables.name}”，未新建草稿`} />}
    </Space>
  );
}
