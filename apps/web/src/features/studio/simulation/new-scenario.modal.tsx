import { anchorText, resolveFacts, type PolicyDocument } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import { checkScenarioFile } from '@banfa/policy-testing';
import { App, Descriptions } from 'antd';
import { useStudioDraft } from '../studio-draft.context';
import { expectationsFromReport } from './expectations.model';
import { splitMoney } from './fact-field';
import { scenarioInput, type SampleProject } from './sample-project.model';
import { appendScenario } from './scenario-file.edit';
import { ScenarioExpectationsModal } from './scenario-expectations.modal';

const OUTCOME = { approve: '通过', return: '退回补正', reject: '不予通过' } as const;

/** The policy file a scenario file names: the version's source file, else one named after the version. */
export function policyFileName(version: { sourceFile: string | null; label: string }): string {
  return version.sourceFile?.split('/').pop() ?? `${version.label}.policy.yaml`;
}

/** “总投资120万元的项目实行审批制”: a first name for a scenario, from what decides it. */
function defaultName(project: SampleProject, report: DecisionReport): string {
  const amount = project.facts['totalInvestment'];
  const subject = amount !== undefined ? `总投资${splitMoney(amount).amount}${splitMoney(amount).unit}的项目` : '样例项目';
  return report.track ? `${subject}实行${report.track.name}` : `${subject}（${report.at}）`;
}

/**
 * 保存为新场景: the simulation's project (name, date, facts, events, readings) becomes a scenario whose expectations
 * are the current report's, editable before it is written into the scenario file (comments kept).
 */
export function NewScenarioModal({ doc, report, project, onClose }: { doc: PolicyDocument; report: DecisionReport; project: SampleProject; onClose: (added: string | null) => void }) {
  const draft = useStudioDraft();
  const { message } = App.useApp();
  const input = scenarioInput(project);
  const existing = checkScenarioFile(draft.scenarios);
  const names = new Set(existing.ok ? existing.scenarios.map((scenario) => scenario.name) : []);
  const labels = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.label]));
  const steps = new Map(doc.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)));
  const shown = (value: unknown) => (value === true ? '是' : value === false ? '否' : String(value));
  return (
    <ScenarioExpectationsModal
      title="保存为新场景"
      doc={doc}
      report={report}
      initial={expectationsFromReport(report)}
      askName={defaultName(project, report)}
      extra={
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="查看日期">{input.at}</Descriptions.Item>
          <Descriptions.Item label="事实">{Object.entries(input.facts).map(([key, value]) => `${labels.get(key) ?? key}：${shown(value)}`).join('；') || '无'}</Descriptions.Item>
          <Descriptions.Item label="事项">
            {input.events.map((event) => `${event.on} ${anchorText(event.kind)}${event.step ? `（${steps.get(event.step) ?? event.step}${event.outcome ? `，${OUTCOME[event.outcome]}` : ''}）` : ''}`).join('；') || '无'}
          </Descriptions.Item>
          {Object.keys(input.readings).length > 0 && <Descriptions.Item label="解读">{Object.entries(input.readings).map(([id, value]) => `${id}: ${value}`).join('；')}</Descriptions.Item>}
        </Descriptions>
      }
      onCancel={() => onClose(null)}
      onSave={(expect, name) => {
        if (names.has(name)) {
          void message.error(`已有名为“${name}”的场景，请换一个名称`);
          return;
        }
        try {
          draft.setScenarios(appendScenario(draft.scenarios, { name, ...input, expect }, policyFileName(draft.version)));
          void message.success(`已新增场景“${name}”`);
          onClose(name);
        } catch (error) {
          void message.error((error as Error).message);
        }
      }}
    />
  );
}

