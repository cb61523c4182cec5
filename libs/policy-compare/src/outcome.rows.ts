import { BODY_CATALOGUE, isBodyCatalogueKey } from '@banfa/policy-model';
import type { ColumnHeader } from './column.types';
import type { ApprovalStep } from './approval.projection';
import type { CellEntry, ComparisonRow } from './comparison.types';
import type { ColumnOutcome } from './outcome.types';
import { PHASE_LABEL, PHASES } from './phase.classify';
import { RowCollector, type RowSpec } from './row.collector';
import { OUTCOME_SECTIONS } from './sections';

const LEVEL_LABEL = { error: '不予办理', warning: '提示', info: '说明' } as const;
const STATE_LABEL: Readonly<Record<string, string>> = {
  waiting: '待办',
  active: '办理中',
  done: '已完成',
  overdue: '已逾期',
  returned: '退回补正',
  rejected: '未通过',
  open: '待履行',
  fulfilled: '已履行',
  ended: '已结束',
  unknown: '待定',
};

const byText = (entry: CellEntry) => (entry.value.kind === 'text' ? entry.value.text : JSON.stringify(entry.value));
const byElement = (entry: CellEntry) => (entry.value.kind === 'element' ? entry.value.catalogueKey ?? entry.value.id : byText(entry));

function spec(key: string, section: string, label: string, rank: number, signature: RowSpec['signature'] = byText): RowSpec {
  return { key, kind: key.split(':')[0] ?? key, section, label, rank, signature };
}

function text(value: string, citeText = '', source = value): CellEntry {
  return { source, value: { kind: 'text', text: value }, text: value, citeText };
}

/** The outcome of each column side by side: one row per question, each cell with its articles. */
export function outcomeRows(headers: ReadonlyArray<ColumnHeader>, outcomes: ReadonlyArray<ColumnOutcome>): ComparisonRow[] {
  const rows = new RowCollector(outcomes.length);
  const applicability = spec('applicability', 'applicability', '是否适用本办法', 0, (entry) => entry.source);
  const inForce = spec('in-force', 'applicability', '文件效力', 1, (entry) => entry.source);
  const track = spec('track', 'applicability', '管理方式', 2, (entry) => entry.source);
  const approval = spec('approval-time', 'process', '立项用时（工作日，自申报至立项环节最后期限）', 0);
  const bodies = spec('review-bodies', 'process', '参与审查的机构', 10, byElement);
  const obligations = spec('obligations', 'duties', '义务与报送', 0, (entry) => entry.source);
  const findings = spec('findings', 'duties', '否决与提示', 1, (entry) => entry.source);
  const unknown = spec('facts:unknown', 'facts', '本办法不读取的事实（未使用）', 0, (entry) => entry.source);
  const missing = spec('facts:missing', 'facts', '本办法需要而未提供的事实', 1, (entry) => entry.source);
  const invalid = spec('facts:invalid', 'facts', '类型不符的事实（未使用）', 2, (entry) => entry.source);
  [applicability, inForce, track, approval, obligations, findings, unknown, missing].forEach((row) => rows.declare(row));

  outcomes.forEach((outcome, column) => {
    rows.add(applicability, column, text(outcome.applicability, '', outcome.error ? 'error' : String(outcome.applicable)));
    const report = outcome.report;
    if (report) rows.add(inForce, column, text(report.applicability.reason, '', String(outcome.inForce)));
    if (outcome.track) rows.add(track, column, { ...text(outcome.track.name, outcome.track.citeText, outcome.track.id), ...(outcome.track.condition ? { text: `${outcome.track.name}（${outcome.track.condition}）` } : {}) });
    if (outcome.approval) {
      rows.add(approval, column, {
        source: 'approval',
        value: { kind: 'text', text: outcome.approval.workingDays === null ? `null:${outcome.approval.reason ?? ''}` : `${outcome.approval.workingDays}:${outcome.approval.lowerBound}` },
        text: outcome.approval.text,
        citeText: [...new Set(outcome.approval.steps.filter((step) => step.deadline).map((step) => step.citeText))].join('、'),
      });
    }
    PHASES.forEach((phase, p) => {
      const stepsRow = spec(`steps:${phase}`, 'process', `${PHASE_LABEL[phase]}环节`, 1 + p, byElement);
      const attachmentsRow = spec(`attachments:${phase}`, 'attachments', `${PHASE_LABEL[phase]}材料`, p, (entry) => entry.source);
      rows.declare(stepsRow);
      rows.declare(attachmentsRow);
      for (const step of outcome.steps.filter((candidate) => candidate.phase === phase)) {
        rows.add(stepsRow, column, {
          source: step.id,
          name: step.name,
          value: { kind: 'element', id: step.id, catalogueKey: step.body.catalogueKey },
          text: `${step.name}（${step.body.name}${step.deadline ? `，${step.deadline}` : ''}${step.dueOn ? `，${step.dueOn}前` : ''}；${STATE_LABEL[step.state] ?? step.state}）`,
          citeText: step.citeText,
        });
      }
      for (const attachment of outcome.attachments.filter((candidate) => candidate.phase === phase)) {
        rows.add(attachmentsRow, column, { ...text(`${attachment.name}${attachment.required === 'unknown' ? '（视情况）' : ''}`, attachment.citeText, attachment.id), name: attachment.name });
      }
    });
    const seen = new Set<string>();
    for (const step of outcome.steps) {
      const key = step.body.catalogueKey;
      if (key === 'applicant' || seen.has(key)) continue;
      seen.add(key);
      const names = [...new Set(outcome.steps.filter((candidate) => candidate.body.catalogueKey === key).map((candidate) => candidate.body.name))];
      rows.add(bodies, column, {
        source: key,
        value: { kind: 'element', id: key, catalogueKey: key },
        text: `${names.join('、')}（${isBodyCatalogueKey(key) ? BODY_CATALOGUE[key] : key}）`,
        citeText: '',
      });
    }
    outcome.obligations.forEach((duty) =>
      rows.add(obligations, column, text(`${duty.name}：${duty.schedule}（${STATE_LABEL[duty.state] ?? duty.state}${duty.dueOn ? `，${duty.dueOn}` : ''}）`, duty.citeText, duty.id)),
    );
    outcome.findings
      .filter((finding) => finding.code !== 'gate:not-applicable')
      .forEach((finding) => rows.add(findings, column, text(`【${LEVEL_LABEL[finding.level]}】${finding.message}`, finding.citeText ?? '', finding.source ?? finding.code)));
    outcome.facts.unknown.forEach((key) => rows.add(unknown, column, text(key, '', key)));
    outcome.facts.missing.forEach((fact) => rows.add(missing, column, text(`${fact.label}（${fact.key}）`, '', fact.key)));
    outcome.facts.invalid.forEach((fact) => rows.add(invalid, column, text(fact.message, '', fact.key)));
  });

  const built = rows.build(headers, OUTCOME_SECTIONS.map((section) => section.key));
  for (const row of built) {
    if (!row.differs) continue;
    row.explanation = row.cells.map((cell, i) => `${headers[i]?.jurisdiction.name ?? ''}：${cell.text}${cell.citeText ? `〔${cell.citeText}〕` : ''}`);
    if (row.key === 'track') row.explanation = outcomes.map((outcome, i) => `${headers[i]?.jurisdiction.name ?? ''}：${outcome.trackExplanation.join('；') || '—'}`);
    if (row.key === 'approval-time') {
      row.explanation = outcomes.map(
        (outcome, i) =>
          `${headers[i]?.jurisdiction.name ?? ''}：${
            outcome.approval?.steps.map((step) => `${step.name}（${approvalStepText(step)}）〔${step.citeText}〕`).join('→') || outcome.approval?.text || '—'
          }`,
      );
    }
  }
  return built;
}

/** "原则上12个工作日内，2025-10-21起，至2025-11-06"; a step without a period, or done by the submission itself. */
function approvalStepText(step: ApprovalStep): string {
  if (step.undated) return `未规定期限，按${step.startedOn ?? ''}当日办结计`;
  if (step.deadline) return `${step.deadline}，${step.startedOn ?? ''}起，至${step.doneOn ?? ''}`;
  return `${step.doneOn ?? ''}随申报完成`;
}
