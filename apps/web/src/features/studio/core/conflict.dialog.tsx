import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { StudioDraft } from '../studio-draft.context';
import { serverText } from './open-draft';

/** At most this many lines of each side are shown; the rest is in the YAML. */
const SHOWN_LINES = 4;

/**
 * Where two texts differ, to show the user what is at stake: the lines from the first difference to the last
 * (the common beginning and end cut off), on both sides. Null when they are the same.
 */
export function changedBlock(mine: string, theirs: string): { from: number; mine: string[]; theirs: string[] } | null {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (start === a.length && start === b.length) return null;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { from: start + 1, mine: a.slice(start, a.length - end), theirs: b.slice(start, b.length - end) };
}

function Lines({ lines }: { lines: string[] }) {
  const shown = lines.slice(0, SHOWN_LINES);
  return (
    <pre style={{ margin: '4px 0 8px', padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, whiteSpace: 'pre-wrap', fontSize: 12, maxHeight: 140, overflow: 'auto' }}>
      {shown.length === 0 ? '（无）' : shown.join('\n')}
      {lines.length > SHOWN_LINES ? `\n……（另有 ${lines.length - SHOWN_LINES} 行）` : ''}
    </pre>
  );
}

/**
 * Someone else saved (or published) the draft since it was opened here: nothing was overwritten. The user sees
 * who and when, where the texts differ, and chooses: their version, or ours saved on top of theirs.
 */
export function ConflictDialog({ draft }: { draft: StudioDraft }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'theirs' | 'mine' | null>(null);
  const state = draft.saveState;
  if (state.kind !== 'conflict') return null;
  const theirs = state.theirs;
  const published = theirs.state !== 'draft';
  const difference = changedBlock(draft.yaml, serverText(theirs).yaml);
  const choose = async (choice: 'theirs' | 'mine') => {
    setBusy(choice);
    try {
      await draft.resolveConflict(choice);
    } finally {
      setBusy(null);
    }
  };
  const copyMine = async () => {
    try {
      await navigator.clipboard.writeText(draft.yaml);
      message.success('已复制你的 YAML 文本');
    } catch {
      message.error('浏览器不允许复制，请在 YAML 文本中全选后复制');
    }
  };
  return (
    <Modal
      open
      title={published ? '此版本已发布' : '草稿已在别处被保存'}
      width={640}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space>
          {published && <Button onClick={copyMine}>复制我的 YAML</Button>}
          <Button onClick={() => void choose('theirs')} loading={busy === 'theirs'} disabled={busy !== null}>
            使用对方版本
          </Button>
          {!published && (
            <Button type="primary" onClick={() => void choose('mine')} loading={busy === 'mine'} disabled={busy !== null}>
              保留我的修改
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph>{state.message}</Typography.Paragraph>
      {difference && (
        <>
          <Typography.Text type="secondary">从第 {difference.from} 行起不同。对方保存的：</Typography.Text>
          <Lines lines={difference.theirs} />
          <Typography.Text type="secondary">你的：</Typography.Text>
          <Lines lines={difference.mine} />
        </>
      )}
    </Modal>
  );
}
