import type { AttachmentView, ErrorResponse } from '@banfa/api-contract';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress, Space, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { api, authHeaders } from '../../api/http';

/** What a scanner or a phone makes of a stamped paper form (the api also checks the content). */
const ACCEPT = '.pdf,.ofd,.jpg,.jpeg,.png';

interface Props {
  projectId: string;
  /** The attachment requirement the scan is filed under (signedCopyRequirementId). */
  requirementId: string;
}

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; percent: number }
  | { status: 'done'; attachment: AttachmentView }
  | { status: 'error'; fileName: string; message: string };

/** The api's Chinese message for a refused upload (413 too large, 415 wrong type, 400 …), or a fallback. */
export function uploadErrorMessage(response: unknown, fallback: string): string {
  if (typeof response === 'object' && response !== null && typeof (response as Partial<ErrorResponse>).message === 'string') {
    return (response as ErrorResponse).message;
  }
  return fallback;
}

/** SHA-256 shortened for reading (the full value is what gets copied). */
export function Sha256({ value }: { value: string }) {
  return (
    <Typography.Text code copyable={{ text: value, tooltips: ['复制完整 SHA-256', '已复制'] }} data-testid="sha256">
      {value.slice(0, 12)}
    </Typography.Text>
  );
}

/**
 * “上传盖章扫描件”: the stamped paper form, scanned, uploaded back as the signed copy of this form. Multipart (file,
 * requirementId) to POST /api/projects/:id/attachments with the user's token; shows the progress, the stored
 * file's name and SHA-256, or the api's reason for refusing it. Earlier scans of the form are listed too.
 */
export function SignedCopyUpload({ projectId, requirementId }: Props) {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const queryClient = useQueryClient();
  // Same key as the project page's attachment list, so both show a new upload.
  const attachmentsKey = ['attachments', projectId] as const;
  const files = useQuery({ queryKey: attachmentsKey, queryFn: () => api<AttachmentView[]>(`/projects/${projectId}/attachments`) });
  const earlier = (files.data ?? []).filter((file) => file.requirementId === requirementId && (state.status !== 'done' || file.id !== state.attachment.id));

  const onChange: UploadProps<AttachmentView>['onChange'] = ({ file }) => {
    if (file.status === 'uploading') setState({ status: 'uploading', fileName: file.name, percent: Math.round(file.percent ?? 0) });
    else if (file.status === 'done' && file.response) {
      setState({ status: 'done', attachment: file.response });
      void queryClient.invalidateQueries({ queryKey: attachmentsKey });
    } else if (file.status === 'error') {
      // An answer from the api carries its status; a failed connection does not.
      const status = (file.error as { status?: unknown } | undefined)?.status;
      const fallback = typeof status === 'number' ? `上传失败（${status}），请重试` : '上传中断：无法连接服务器，请检查网络后重新上传';
      setState({ status: 'error', fileName: file.name, message: uploadErrorMessage(file.response, fallback) });
    }
  };

  return (
    <Space direction="vertical" size={4} style={{ minWidth: 280 }} data-testid="signed-copy-upload">
      <Upload<AttachmentView>
        name="file"
        action={`/api/projects/${projectId}/attachments`}
        data={{ requirementId }}
        headers={authHeaders()}
        accept={ACCEPT}
        maxCount={1}
        showUploadList={false}
        disabled={state.status === 'uploading'}
        onChange={onChange}
      >
        <Button icon={<UploadOutlined />} loading={state.status === 'uploading'}>
          上传盖章扫描件
        </Button>
      </Upload>
      {state.status === 'uploading' && <Progress percent={state.percent} size="small" aria-label={`正在上传 ${state.fileName}`} />}
      {state.status === 'done' && (
        <Typography.Text data-testid="signed-copy-result">
          已上传：{state.attachment.fileName} · SHA-256 <Sha256 value={state.attachment.sha256} />
        </Typography.Text>
      )}
      {state.status === 'error' && <Alert type="error" showIcon message={`“${state.fileName}”未上传`} description={state.message} data-testid="signed-copy-error" />}
      {earlier.length > 0 && (
        <Typography.Text type="secondary">
          此前已上传：
          {earlier.map((file, position) => (
            <span key={file.id}>
              {position > 0 && '；'}
              {file.fileName}（{file.uploadedAt.slice(0, 10)}） <Sha256 value={file.sha256} />
            </span>
          ))}
        </Typography.Text>
      )}
    </Space>
  );
}
