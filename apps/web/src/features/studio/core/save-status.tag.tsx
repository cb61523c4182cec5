import { CheckCircleOutlined, CloudSyncOutlined, DisconnectOutlined, ExclamationCircleOutlined, SaveOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { DraftSaveState } from '../studio-draft.context';

const clock = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
};

/**
 * Where the draft stands, in one tag: 已保存 12:03 / 保存中 / 未保存的修改已存于本机 / 冲突 / 有 N 处错误. A conflict
 * or a save in progress says so first; then the problems of the text, which block nothing but need fixing.
 */
export function SaveStatusTag({ state, issueCount, editable }: { state: DraftSaveState; issueCount: number; editable: boolean }) {
  if (!editable) return <Tag>只读</Tag>;
  const show = (color: string, icon: ReactNode, text: string, detail?: string) => (
    <Tooltip title={detail}>
      <Tag color={color} icon={icon} data-testid="studio-save-status" style={{ marginInlineEnd: 0 }}>
        {text}
      </Tag>
    </Tooltip>
  );
  if (state.kind === 'conflict') return show('error', <ExclamationCircleOutlined />, '冲突', state.message);
  if (state.kind === 'saving') return show('processing', <CloudSyncOutlined spin />, '保存中');
  if (issueCount > 0 || state.kind === 'invalid') {
    const detail = state.kind === 'invalid' ? state.message : '修改已存于本机；服务器只保存通过校验的内容，改正后自动保存';
    return show('error', <WarningOutlined />, issueCount > 0 ? `有 ${issueCount} 处错误` : '未通过校验', detail);
  }
  if (state.kind === 'offline') return show('warning', <DisconnectOutlined />, '未保存的修改已存于本机', state.message);
  if (state.kind === 'pending') return show('default', <SaveOutlined />, '未保存的修改已存于本机', '停止输入片刻后自动保存');
  return show('success', <CheckCircleOutlined />, `已保存${state.at ? ` ${clock(state.at)}` : ''}`);
}
