import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DeleteDraftButton } from './draft-delete.button';
import type { PolicyDraftStore } from './use-policy-draft';
import { SaveStatusTag } from './save-status.tag';
import { ExportYamlButton } from './version-export.button';

/**
 * The editor's header: which regulation and version, its state, where the draft stands with the server, and what
 * can be done with the version as a whole (export its file; delete a draft the user may change).
 */
export function EditorHeader({ draft, yamlShown, onToggleYaml, actions }: { draft: PolicyDraftStore; yamlShown: boolean; onToggleYaml(shown: boolean): void; actions?: ReactNode }) {
  const { version } = draft;
  const title = typeof draft.data['title'] === 'string' ? draft.data['title'] : version.content.title;
  const label = typeof draft.data['versionLabel'] === 'string' ? draft.data['versionLabel'] : version.label;
  const saving = draft.saveState.kind === 'saving';
  const navigate = useNavigate();
  const deleted = () => {
    draft.discard();
    navigate('/studio');
  };
  return (
    <header data-testid="studio-editor-header" style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
      <Tooltip title="返回政策列表">
        <Link to="/studio" aria-label="返回政策列表">
          <ArrowLeftOutlined />
        </Link>
      </Tooltip>
      <Typography.Title level={4} style={{ margin: 0, minWidth: 0 }} ellipsis={{ tooltip: title }}>
        {title}
      </Typography.Title>
      <Space size={4} wrap>
        <Tag>{label}</Tag>
        {version.state === 'draft' ? <Tag color="blue">草稿</Tag> : <Tag color="green">已发布</Tag>}
        <Tag>{version.statusLabel}</Tag>
        {version.inForce && <Tag color="success">现行有效</Tag>}
      </Space>
      <span style={{ flex: 1 }} />
      <Space size={12} wrap>
        <span aria-live="polite">
          <SaveStatusTag state={draft.saveState} issueCount={draft.issues.length} editable={draft.editable} />
        </span>
        {draft.editable && (
          <Button size="small" onClick={() => void draft.saveNow()} disabled={saving || draft.saveState.kind === 'saved' || draft.saveState.kind === 'conflict'}>
            立即保存
          </Button>
        )}
        {actions}
        <ExportYamlButton version={version} jurisdictionCode={version.jurisdictionCode} unsaved={draft.editable && draft.saveState.kind !== 'saved'} />
        {draft.editable && <DeleteDraftButton version={version} onDeleted={deleted} />}
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <Switch size="small" checked={yamlShown} onChange={onToggleYaml} aria-label="显示 YAML 文本" />
          <span>YAML</span>
        </label>
      </Space>
    </header>
  );
}
