import { checkScenarioFile } from '@banfa/policy-testing';
import { Alert, Button, Card, Collapse, DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useStudioDraft } from '../studio-draft.context';
import { CalendarNotes } from './calendar-notes';
import { ChangeCheckSection } from './change-check.section';
import { DecisionReportView } from './decision-report.view';
import { DraftIssuesAlert } from './draft-issues.alert';
import { useEffectiveDocument } from './effective-document.hook';
import { NewScenarioModal } from './new-scenario.modal';
import { ReadingsPicker } from './readings.picker';
import { SampleEventsEditor } from './sample-events.editor';
import { SampleFactsForm } from './sample-facts.form';
import { projectFromScenario, scenarioInput, type SampleProject } from './sample-project.model';
import { useSampleReport } from './sample-report.hook';
import { setScenarioInput } from './scenario-file.edit';
import { blankProject, useSampleProject } from './simulation-session.store';

/**
 * 模拟: a sample project (facts, dated events, the date it is looked at — or one of the policy's scenario tests) and
 * the decision report the draft gives it, re-evaluated in the browser as the policy is edited. While the draft is
 * invalid the last good report stays, greyed, and the panel says why.
 */
export function SimulationPanel() {
  const draft = useStudioDraft();
  const { document, written, stale, issues } = useEffectiveDocument(draft);
  const [project, setProject] = useSampleProject(draft.version.id);
  const file = useMemo(() => checkScenarioFile(draft.scenarios), [draft.scenarios]);
  const sample = useSampleReport(written, project);
  const [adding, setAdding] = useState(false);
  const scenarios = file.ok ? file.scenarios : [];
  const openedIndex = project.scenario === undefined ? -1 : scenarios.findIndex((scenario) => scenario.name === project.scenario);
  const update = (change: Partial<SampleProject>) => setProject({ ...project, ...change });

  if (!document) {
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid="simulation">
        <DraftIssuesAlert issues={issues} stale={false} />
      </Space>
    );
  }
  const editable = draft.editable;
  return (
    // Side by side when the panel is wide enough (the YAML pane may take half the page), one above the other when not.
    <div data-testid="simulation" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ flex: '1 1 420px', minWidth: 0 }}>
        <Card
          size="small"
          title="样例项目"
          extra={
            <Space wrap>
              <Select
                aria-label="载入场景测试"
                placeholder={scenarios.length > 0 ? '载入场景测试…' : '没有场景测试'}
                disabled={scenarios.length === 0}
                showSearch
                optionFilterProp="label"
                style={{ width: 240 }}
                value={openedIndex >= 0 ? openedIndex : undefined}
                options={scenarios.map((scenario, index) => ({ value: index, label: scenario.name }))}
                onChange={(index: number) => {
                  const scenario = scenarios[index];
                  if (scenario) setProject(projectFromScenario(scenario));
                }}
              />
              <Button onClick={() => setProject(blankProject())}>新项目</Button>
            </Space>
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {project.scenario !== undefined && (
              <Alert
                type={openedIndex >= 0 ? 'info' : 'warning'}
                showIcon
                message={openedIndex >= 0 ? `来自场景：${project.scenario}` : `来自场景：${project.scenario}（场景文件中已没有这个名称的场景）`}
              />
            )}
            <Space wrap>
              <Typography.Text>查看日期</Typography.Text>
              <DatePicker aria-label="查看日期" allowClear={false} value={dayjs(project.at)} onChange={(date) => date && update({ at: date.format('YYYY-MM-DD') })} />
              <Typography.Text type="secondary">按此日的情况计算环节状态和到期日</Typography.Text>
            </Space>
            <Typography.Title level={5} style={{ margin: 0 }}>
              事实
            </Typography.Title>
            <SampleFactsForm
              doc={document}
              values={project.facts}
              problems={sample.factProblems}
              disabled={false}
              onChange={(key, value) => {
                const facts = { ...project.facts };
                if (value === undefined) delete facts[key];
                else facts[key] = value;
                update({ facts });
              }}
            />
            <Typography.Title level={5} style={{ margin: 0 }}>
              事项（按日期）
            </Typography.Title>
            <SampleEventsEditor doc={document} events={project.events} defaultDate={project.at} disabled={false} onChange={(events) => update({ events })} />
            <Collapse
              size="small"
              items={[
                {
                  key: 'readings',
                  label: `歧义设置的解读${Object.keys(project.readings).length > 0 ? `（已改 ${Object.keys(project.readings).length} 项）` : ''}`,
                  children: <ReadingsPicker doc={document} readings={project.readings} onChange={(readings) => update({ readings })} />,
                },
                {
                  key: 'change',
                  label: '变更申请检查',
                  children: sample.effective ? (
                    <ChangeCheckSection doc={sample.effective} input={sample.input} change={project.change} defaultDate={project.at} disabled={false} onChange={(change) => setProject({ ...project, change })} />
                  ) : null,
                },
              ]}
            />
            {editable && (
              <Space wrap>
                <Button type="primary" ghost disabled={!sample.report || !file.ok} onClick={() => setAdding(true)}>
                  保存为新场景…
                </Button>
                {openedIndex >= 0 && (
                  <Button disabled={!file.ok} onClick={() => draft.setScenarios(setScenarioInput(draft.scenarios, openedIndex, scenarioInput(project)))}>
                    写回场景「{project.scenario}」
                  </Button>
                )}
              </Space>
            )}
          </Space>
        </Card>
      </div>
      <div style={{ flex: '1 1 460px', minWidth: 0 }}>
        <Card size="small" title="决策结果" extra={<CalendarNotes calendar={sample.calendar} />}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {stale && <DraftIssuesAlert issues={issues} stale />}
            {sample.factProblems.length > 0 && (
              <Alert type="warning" showIcon message="以下事实未能读取，按未填写计算" description={sample.factProblems.map((problem) => problem.message).join('；')} />
            )}
            {sample.problem && <Alert type="error" showIcon message={sample.problem} />}
            {sample.report && (
              <div data-testid="report-container" data-stale={stale} style={stale ? { opacity: 0.45, filter: 'grayscale(1)' } : undefined}>
                <DecisionReportView report={sample.report} />
              </div>
            )}
          </Space>
        </Card>
      </div>
      {adding && sample.report && (
        <NewScenarioModal
          doc={document}
          report={sample.report}
          project={project}
          onClose={(added) => {
            setAdding(false);
            if (added) setProject({ ...project, scenario: added });
          }}
        />
      )}
    </div>
  );
}
