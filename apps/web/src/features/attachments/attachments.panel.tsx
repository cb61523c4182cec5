import type { AttachmentView } from '@banfa/api-contract';
import type { DecisionReport } from '@banfa/policy-runtime';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Collapse, List, Popconfirm, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, authHeaders } from '../../api/http';
import { CiteTag } from '../procedure/CiteTag';
import { formatChineseDate } from '../procedure/format-date';
import { requirementsWithFiles, type Requirement } from './attachment-requirements';
import { uploadAttachment } from './upload-attachment';
import { WhyNeeded } from './why-needed';

const ACCEPT = '.pdf,.ofd,.doc,.docx,.xls,.xlsx,.wps,.et,.jpg,.jpeg,.png,.zip,.rar,.7z';

interface Props {
  projectId: string;
  report: DecisionReport;
  applicationFormId: string;
  /** draft: files may be replaced; submitted: added to; readonly: read (reviewers, observers). */
  mode: 'draft' | 'submitted' | 'readonly';
}

export function attachmentsKey(projectId: string) {
  return ['attachments', projectId] as const;
}

export function useAttachments(projectId: string | null) {
  return useQuery({
    queryKey: attachmentsKey(projectId ?? ''),
    queryFn: () => api<AttachmentView[]>(`/projects/${projectId}/attachments`),
    enabled: projectId !== null,
  });
}

/** The materials the policy requires of this project, why, and the files given for each. */
export function AttachmentsPanel({ projectId, report, applicationFormId, mode }: Props) {
  const files = useAttachments(projectId);
  const [showAll, setShowAll] = useState(false);
  const requirements = requirementsWithFiles(report, files.data ?? [], applicationFormId);
  const now = requirements.filter((requirement) => !requirement.later);
  const needed = now.filter((requirement) => requirement.report.required !== false || requirement.files.length > 0);
  const notNeeded = now.length - needed.length;
  const later = requirements.filter((requirement) => requirement.later && requirement.report.required !== false);
  const item = (requirement: Requirement) => <RequirementItem key={requirement.report.id} requirement={requirement} projectId={projectId} mode={mode} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List<Requirement>
        loading={files.isPending}
        dataSource={showAll ? now : needed}
        data-testid="attachments"
        locale={{ emptyText: report.track ? '本阶段没有规定需要提交的材料' : '确定管理方式后显示所需材料（请先填写项目总投资等信息）' }}
        footer={
          notNeeded > 0 && (
            <Button type="link" size="small" onClick={() => setShowAll(!showAll)}>
              {showAll ? '只看需要提交的材料' : `另有 ${notNeeded} 项材料本项目无需提交，点击查看`}
            </Button>
          )
        }
        renderItem={item}
      />
      {later.length > 0 && (
        <Collapse
          size="small"
          items={[{ key: 'later', label: `后续阶段需要的材料（${later.length}）`, children: <List<Requirement> dataSource={later} renderItem={item} /> }]}
        />
      )}
    </Space>
  );
}

function RequirementItem({ requirement, projectId, mode }: { requirement: Requirement; projectId: string; mode: Props['mode'] }) {
  const { report, files, filledOnline } = requirement;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: attachmentsKey(projectId) });
  const remove = useMutation({
    mutationFn: (file: AttachmentView) => api<void>(`/projects/${projectId}/attachments/${file.id}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
    onError: (failure) => message.error(failure.message),
  });
  const status =
    files.length > 0 || filledOnline ? (
      <Tag color="success">{filledOnline && files.length === 0 ? '在线填写' : '已上传'}</Tag>
    ) : report.required === true ? (
      <Tag color="red">必须提交</Tag>
    ) : report.required === 'unknown' ? (
      <Tag>视情况</Tag>
    ) : (
      <Tag>无需提交</Tag>
    );
  return (
    <List.Item data-testid={`requirement-${report.id}`}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={[8, 0]}>
          <Typography.Text strong>{report.name}</Typography.Text>
          {status}
          <Typography.Text type="secondary">{report.stage.name}阶段</Typography.Text>
          <CiteTag text={report.citeText} quote={report.cite.quote} />
          <WhyNeeded condition={report.condition} citeText={report.citeText} quote={report.cite.quote} />
          {report.form && (
            <Link to={`/projects/${projectId}/print/${report.form}`}>{filledOnline ? '打印本表' : '在线填写并打印'}</Link>
          )}
        </Space>
        {filledOnline && <Typography.Text type="secondary">即本申报表，已在线填写；打印盖章后可上传扫描件</Typography.Text>}
        {files.map((file) => (
          <Space key={file.id} wrap size={[8, 0]} data-testid="attachment-file">
            <PaperClipOutlined />
            <a href={`/api/projects/${projectId}/attachments/${file.id}`} onClick={(event) => download(event, projectId, file)}>
              {file.fileName}
            </a>
            <Typography.Text type="secondary">{formatSize(file.sizeBytes)}</Typography.Text>
            <Typography.Text type="secondary" copyable={{ text: file.sha256, tooltips: ['复制 SHA-256', '已复制'] }}>
              SHA-256 {file.sha256.slice(0, 12)}…
            </Typography.Text>
            <Typography.Text type="secondary">{formatChineseDate(file.uploadedAt.slice(0, 10))}上传</Typography.Text>
            {mode === 'draft' && (
              <Popconfirm title={`删除“${file.fileName}”？`} okText="删除" cancelText="取消" onConfirm={() => remove.mutate(file)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除 ${file.fileName}`} />
              </Popconfirm>
            )}
          </Space>
        ))}
        {mode !== 'readonly' && (
          <Space wrap>
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              customRequest={({ file }) => {
                setError(null);
                setProgress(0);
                uploadAttachment(projectId, report.id, file as File, setProgress)
                  .then(() => refresh())
                  .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.message : '上传失败，请重试'))
                  .finally(() => setProgress(null));
              }}
            >
              <Button size="small" icon={<UploadOutlined />} disabled={progress !== null} aria-label={`上传${report.name}`}>
                {files.length > 0 ? (mode === 'draft' ? '再上传一份' : '上传更正文件') : '上传'}
              </Button>
            </Upload>
            {progress !== null && <Progress percent={progress} size="small" style={{ width: 160 }} />}
          </Space>
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Downloads with the Authorization header (a plain link would not carry it). */
function download(event: MouseEvent, projectId: string, file: AttachmentView) {
  event.preventDefault();
  void fetchAttachment(projectId, file);
}

async function fetchAttachment(projectId: string, file: AttachmentView) {
  const response = await fetch(`/api/projects/${projectId}/attachments/${file.id}`, { headers: authHeaders() });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}
