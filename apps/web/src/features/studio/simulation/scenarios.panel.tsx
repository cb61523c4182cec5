import { Alert, App, Button, Input, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useStudioDraft } from '../studio-draft.context';
import { CalendarNotes } from './calendar-notes';
import { DraftIssuesAlert } from './draft-issues.alert';
import { editableExpectations } from './expectations.model';
import { NewScenarioModal } from './new-scenario.modal';
import { describeIssue } from './policy-issue.describe';
import { projectFromScenario } from './sample-project.model';
import { useSampleReport } from './sample-report.hook';
import { removeScenario, setScenarioExpectations } from './scenario-file.edit';
import { ScenarioExpectationsModal } from './scenario-expectations.modal';
import { ScenarioRunList } from './scenario-run.list';
import { scenarioReport, type ScenarioRun } from './scenario-runs';
import { useScenarioRuns } from './scenario-runs.hook';
import { sampleProjectOf, setSampleProject } from './simulation-session.store';
import type { PolicyDocument } from '@banfa/policy-model';

/**
 * 场景测试: every scenario of the version's scenario file run in the browser against the current draft, pass or
 * fail with each failure in words, re-run as the policy is edited. A scenario opens in the simulation; its
 * expectations are edited in a form; a new one is taken from the simulation's project; the file itself can be
 * edited as text (its errors with their line).
 */
export function ScenariosPanel() {
  const draft = useStudioDraft();
  const { modal, message } = App.useApp();
  const [, setSearch] = useSearchParams();
  const state = useScenarioRuns(draft);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [editing, setEditing] = useState<ScenarioRun | null>(null);
  const [adding, setAdding] = useState(false);
  const [showText, setShowText] = useState(false);
  const { file, document, written, runs, failed } = state;
  const total = runs?.length ?? 0;
  const editable = draft.editable;

  const write = (text: string, done: string) => {
    draft.setScenarios(text);
    void message.success(done);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="scenarios">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          {runs && (
            <Typography.Text strong data-testid="scenario-summary">
              共 {total} 个场景：{total - failed} 个通过
              {failed > 0 ? <Typography.Text type="danger">，{failed} 个未通过</Typography.Text> : ''}
            </Typography.Text>
          )}
          {runs && total > 0 && failed === 0 && !state.stale && !state.running && <Tag color="success">全部通过</Tag>}
          {state.running && <Tag>正在重新运行…</Tag>}
          <CalendarNotes calendar={state.calendar} />
        </Space>
        <Space wrap>
          <Switch aria-label="只看未通过" checked={onlyFailed} onChange={setOnlyFailed} /> 只看未通过
          {editable && (
            <Button disabled={!file.ok || !written} onClick={() => setAdding(true)}>
              新增场景（取自模拟中的项目）
            </Button>
          )}
          <Button onClick={() => setShowText(!showText)}>{showText ? '收起场景文件' : '编辑场景文件'}</Button>
        </Space>
      </Space>
      {state.stale && <DraftIssuesAlert issues={state.draftIssues} stale={document !== null} />}
      {!file.ok && (
        <Alert
          type="error"
          showIcon
          data-testid="scenario-file-issues"
          message={`场景文件有 ${file.issues.length} 处错误，改正后才能运行`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {file.issues.map((issue, index) => (
                <li key={index}>{describeIssue(issue)}</li>
              ))}
            </ul>
          }
        />
      )}
      {(showText || !file.ok) && (
        <Input.TextArea
          aria-label="场景文件"
          data-testid="scenario-file-text"
          readOnly={!editable}
          value={draft.scenarios}
          autoSize={{ minRows: 12, maxRows: 30 }}
          spellCheck={false}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
          onChange={(event) => draft.setScenarios(event.target.value)}
        />
      )}
      {file.ok && file.scenarios.length === 0 && (
        <Alert type="info" showIcon message="本版本还没有场景测试：在“模拟”中输入一个样例项目，再“保存为新场景”，或在这里“新增场景”" />
      )}
      {runs && runs.length > 0 && (
        <div style={state.stale ? { opacity: 0.45, filter: 'grayscale(1)' } : undefined} data-stale={state.stale}>
          <ScenarioRunList
            runs={onlyFailed ? runs.filter((run) => run.failures.length > 0) : runs}
            doc={document}
            // While the list is of an earlier text, its positions may not be the file's: no edits until it catches up.
            editable={editable && file.ok && state.positionsCurrent}
            onOpen={(run) => {
              setSampleProject(draft.version.id, projectFromScenario(run.scenario));
              // The studio page shows the tab named in ?tab= (core/studio-editor.page.tsx).
              setSearch((params) => ({ ...Object.fromEntries(params), tab: 'simulation' }), { replace: true });
              void message.info(`已在“模拟”中打开：${run.scenario.name}`);
            }}
            onEdit={setEditing}
            onRemove={(run) =>
              modal.confirm({
                title: `删除场景“${run.scenario.name}”？`,
                content: '删除后可在场景文件中撤销（或不保存草稿）',
                okText: '删除',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: () => write(removeScenario(draft.scenarios, run.index), `已删除场景“${run.scenario.name}”`),
              })
            }
          />
        </div>
      )}
      {editing && document && written && (
        <ScenarioExpectationsModal
          title={`编辑期望：${editing.scenario.name}`}
          doc={document}
          report={(() => {
            const result = scenarioReport(written, editing.scenario, state.calendar.calendar);
            return 'report' in result ? result.report : null;
          })()}
          initial={editableExpectations(editing.scenario)}
          onCancel={() => setEditing(null)}
          onSave={(edits) => {
            write(setScenarioExpectations(draft.scenarios, editing.index, edits), `已更新“${editing.scenario.name}”的期望`);
            setEditing(null);
          }}
        />
      )}
      {adding && document && written && <NewFromSimulation doc={document} written={written} versionId={draft.version.id} onClose={() => setAdding(false)} />}
    </Space>
  );
}

/** A new scenario from the simulation's current project, with the report the draft gives it. */
function NewFromSimulation({ doc, written, versionId, onClose }: { doc: PolicyDocument; written: PolicyDocument; versionId: string; onClose: () => void }) {
  const project = sampleProjectOf(versionId);
  const sample = useSampleReport(written, project);
  if (!sample.report) {
    return <Alert type="error" showIcon closable onClose={onClose} message={`模拟中的项目无法计算：${sample.problem ?? ''}`} />;
  }
  return <NewScenarioModal doc={doc} report={sample.report} project={project} onClose={onClose} />;
}
