import { CopyOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import type { SchemaNode } from './design-kinds';
import { exportSchemaText, parseSchemaText, type SchemaTextIssue } from './schema-json';

interface Props {
  getSchema: () => SchemaNode;
  fileName: string;
  readOnly: boolean;
  onImport: (schema: SchemaNode) => void;
}

function IssueList({ issues }: { issues: SchemaTextIssue[] }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="import-issues"
      message="无法导入：内容有误，表单未作任何修改"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {issues.map((issue, index) => (
            <li key={index}>
              {issue.path ? <code>{issue.path}</code> : null}
              {issue.path ? '：' : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * Export and import of the form's JSON Schema: as a file, or as text to copy and paste. Text that is not JSON, or
 * not a form, is refused with where and why; the form stays as it was. An import can be undone.
 */
export function SchemaTransfer({ getSchema, fileName, readOnly, onImport }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<SchemaTextIssue[] | null>(null);
  const [fileIssues, setFileIssues] = useState<SchemaTextIssue[] | null>(null);
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSchemaText(getSchema())], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = parseSchemaText(await file.text());
    if (result.ok) {
      setFileIssues(null);
      onImport(result.schema);
    } else {
      setFileIssues([{ message: `文件“${file.name}”：` }, ...result.issues]);
    }
  };
  const openDialog = () => {
    setText(exportSchemaText(getSchema()));
    setIssues(null);
    setCopied(false);
    setOpen(true);
  };
  const apply = () => {
    const result = parseSchemaText(text);
    if (!result.ok) return setIssues(result.issues);
    onImport(result.schema);
    setOpen(false);
  };
  return (
    <>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={download}>
          导出 JSON
        </Button>
        <Button icon={<UploadOutlined />} disabled={readOnly} onClick={() => input.current?.click()}>
          导入 JSON 文件
        </Button>
        <Button icon={<CopyOutlined />} onClick={openDialog}>
          {readOnly ? '查看 JSON' : '复制/粘贴 JSON'}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={(event) => void readFile(event)} />
      </Space>
      {fileIssues && (
        <div style={{ marginTop: 8 }}>
          <IssueList issues={fileIssues} />
        </div>
      )}
      <Modal
        open={open}
        title="表单的 JSON Schema"
        width={760}
        onCancel={() => setOpen(false)}
        okText="导入并替换当前表单"
        cancelText="关闭"
        onOk={apply}
        okButtonProps={{ disabled: readOnly }}
        destroyOnClose
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">复制下面的内容可在别处使用；粘贴别处导出的内容后点“导入”替换当前表单（可撤销）。</Typography.Text>
          <Input.TextArea
            aria-label="表单 JSON"
            value={text}
            readOnly={readOnly}
            spellCheck={false}
            autoSize={{ minRows: 12, maxRows: 24 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            onChange={(event) => {
              setText(event.target.value);
              setIssues(null);
            }}
          />
          <Button
            size="small"
            icon={<CopyOutlined />}
            onClick={() =>
              void navigator.clipboard?.writeText(text).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? '已复制' : '复制到剪贴板'}
          </Button>
          {issues && <IssueList issues={issues} />}
        </Space>
      </Modal>
    </>
  );
}
