import type { PolicyIssue } from '@banfa/policy-model';
import { CheckCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentPath } from '../studio-draft.context';
import { IssuesList } from './issues.list';
import { issueOffset, lintDiagnostics } from './lint-diagnostics';
import type { PolicyDraftStore } from './use-policy-draft';
import { YamlEditor, type Reveal } from './yaml-editor';
import { nearestRange, pathAt } from './yaml-path';

const samePath = (a: DocumentPath | null, b: DocumentPath | null) => a === b || (!!a && !!b && a.length === b.length && a.every((part, index) => String(part) === String(b[index])));

/** Following the cursor costs a parse of the text: wait until it rests. */
const CURSOR_PAUSE_MS = 250;

/**
 * The version's YAML beside the forms: edited directly or through the forms (both in sync), its problems as lint
 * marks at their line:col and as a list that takes the cursor there, and the element in focus followed both ways.
 */
export function YamlPane({ draft }: { draft: PolicyDraftStore }) {
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const sequence = useRef(0);
  // The focus this pane set itself (from the cursor): following it back would move the cursor under the user.
  const ownFocus = useRef<DocumentPath | null>(null);
  const cursorTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The editor's own text: typing reaches `draft.yaml` after a pause, the cursor and the issue links need it now.
  const text = useRef(draft.yaml);
  const shownRevision = useRef(draft.revision);
  if (draft.revision > shownRevision.current) {
    shownRevision.current = draft.revision;
    text.current = draft.yaml;
  }
  const { followCursor, setFocus, typeYaml } = draft;

  const diagnostics = useMemo(() => ({ text: draft.analysedText, items: lintDiagnostics(draft.analysedText, draft.issues) }), [draft.analysedText, draft.issues]);

  useEffect(() => {
    if (!draft.focus || samePath(draft.focus, ownFocus.current)) return;
    const range = nearestRange(text.current, draft.focus);
    if (!range) return;
    sequence.current += 1;
    setReveal({ from: range.from, to: range.to, focus: false, seq: sequence.current });
  }, [draft.focus]);

  useEffect(() => () => {
    if (cursorTimer.current) clearTimeout(cursorTimer.current);
  }, []);

  const onChange = (typed: string) => {
    text.current = typed;
    const revision = typeYaml(typed);
    shownRevision.current = revision;
    return revision;
  };

  const onCursor = (offset: number, current: string) => {
    if (cursorTimer.current) clearTimeout(cursorTimer.current);
    cursorTimer.current = setTimeout(() => {
      const path = pathAt(current, offset);
      ownFocus.current = path;
      followCursor(path.length > 0 ? path : null);
    }, CURSOR_PAUSE_MS);
  };

  const pick = (issue: PolicyIssue) => {
    const from = issueOffset(text.current, issue);
    const lineEnd = text.current.indexOf('\n', from);
    sequence.current += 1;
    setReveal({ from, to: lineEnd === -1 ? text.current.length : lineEnd, focus: true, seq: sequence.current });
    ownFocus.current = issue.path;
    if (issue.path.length > 0) setFocus(issue.path);
  };

  const count = draft.issues.length;
  return (
    <section aria-label="YAML 文本" style={{ display: 'flex', flexDirection: 'column', gap: 8, height: '100%', minHeight: 0 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>YAML 文本</Typography.Text>
        <span aria-live="polite" data-testid="yaml-check">
          {draft.analysing ? (
            <Typography.Text type="secondary">
              <LoadingOutlined /> 正在检查…
            </Typography.Text>
          ) : count > 0 ? (
            <Typography.Text type="danger">
              <WarningOutlined /> 有 {count} 处错误
            </Typography.Text>
          ) : (
            <Typography.Text type="success">
              <CheckCircleOutlined /> 校验通过
            </Typography.Text>
          )}
        </span>
      </Space>
      {!draft.editable && <Typography.Text type="secondary">只读：{draft.version.state === 'published' ? '已发布的版本不能修改' : '当前账号不能修改此版本'}</Typography.Text>}
      <div style={{ flex: 1, minHeight: 240 }}>
        <YamlEditor value={draft.yaml} revision={draft.revision} readOnly={!draft.editable} onChange={onChange} diagnostics={diagnostics} onCursor={onCursor} reveal={reveal} label="政策文件 YAML 文本" />
      </div>
      <IssuesList issues={draft.issues} onPick={pick} />
    </section>
  );
}
