import { CheckCircleOutlined, CloudSyncOutlined, DisconnectOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { SaveState } from './draft-autosave';

/** Where the draft stands: saved (when), saving, kept in this browser only, or in conflict. */
export function SaveStatus({ state }: { state: SaveState }) {
  const time = (date: Date) => date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  switch (state.kind) {
    case 'idle':
      return <Typography.Text type="secondary">填写内容自动保存</Typography.Text>;
    case 'saving':
      return (
        <Space size={4}>
          <CloudSyncOutlined spin />
          <Typography.Text type="secondary">正在保存…</Typography.Text>
        </Space>
      );
    case 'saved':
      return (
        <Space size={4} data-testid="save-status">
          <CheckCircleOutlined style={{ color: '#389e0d' }} />
          <Typography.Text type="secondary">草稿已保存（{time(state.at)}）</Typography.Text>
        </Space>
      );
    case 'offline':
      return (
        <Space size={4}>
          <DisconnectOutlined style={{ color: '#d48806' }} />
          <Typography.Text type="warning">{state.message}</Typography.Text>
        </Space>
      );
    default:
      return (
        <Space size={4}>
          <WarningOutlined style={{ color: '#cf1322' }} />
          <Typography.Text type="danger">{state.message}</Typography.Text>
        </Space>
      );
  }
}
