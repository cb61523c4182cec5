import { anchorEvents, anchorKey, describeSchedule, type Deadline, type DeadlineAnchor, type Obligation } from '@banfa/policy-model';
import { citeText, eventText, periodText, type ColumnContext } from './column.context';
import type { CellEntry, EntryValue } from './comparison.types';
import { matches, SELF_EVALUATION } from './concept.catalogue';
import type { EntrySink, RowSpec } from './row.collector';

const SECTION = 'deadlines';
const PERIOD_STRICTNESS = '期限越短越严格（仅比较起算事件和计量单位都相同的期限）';

/**
 * Periods counted from a canonical event (not from a step's own start), grouped by the event: 合同签订 (the contract
 * filing deadline), 上线/试运行/初验 (trial operation before acceptance), 完工/申请验收 (the acceptance window),
 * 验收通过 (filings after acceptance); any other event gets a row of its own.
 */
const ANCHOR_GROUPS: ReadonlyArray<{ kind: string; label: string; anchors: ReadonlyArray<string> }> = [
  { kind: 'contract-filing', label: '合同签订后的期限（合同备案）', anchors: ['contractSigned'] },
  { kind: 'trial-operation', label: '试运行（稳定运行）期与验收申请', anchors: ['goLive', 'trialOperationStarted', 'initialAcceptance'] },
  { kind: 'acceptance-window', label: '完工后的验收期限', anchors: ['constructionCompleted', 'acceptanceApplied'] },
  { kind: 'after-acceptance', label: '验收后的报送期限', anchors: ['accepted', 'acceptanceReportFiled'] },
];

const SELF_EVALUATION_ROW: RowSpec = {
  key: 'self-evaluation',
  kind: 'self-evaluation',
  section: SECTION,
  label: '自评价窗口',
  rank: ANCHOR_GROUPS.length,
  strictness: '窗口截止越早越严格（仅比较起算事件相同的窗口）',
};

const PROGRESS_ROW: RowSpec = {
  key: 'progress-report',
  kind: 'progress-report',
  section: SECTION,
  label: '进度报告周期',
  rank: ANCHOR_GROUPS.length + 1,
  strictness: '报送周期越短越严格',
};

const PERIOD_MONTHS = { quarter: 3, 'half-year': 6, year: 12 } as const;

/** Deadlines from events, the self-evaluation window, the progress-report period and the other duties with a date. */
export function deadlineRows(ctx: ColumnContext, rows: EntrySink): void {
  ANCHOR_GROUPS.forEach((group) => rows.declare(anchorRow(group.anchors[0] ?? '')));
  rows.declare(SELF_EVALUATION_ROW);
  rows.declare(PROGRESS_ROW);

  for (const stage of ctx.doc.stages) {
    for (const step of stage.steps) {
      if (!step.deadline || step.deadline.from === 'started') continue;
      const source = `stages.${stage.id}.steps.${step.id}`;
      rows.add(anchorRow(step.deadline.from), periodEntry(ctx, source, step.name, `${step.name}（${ctx.bodyName(step.body)}）`, step.deadline, step.cite, ctx.scope(step)));
    }
  }

  for (const obligation of ctx.doc.obligations) {
    const source = `obligations.${obligation.id}`;
    const { schedule } = obligation;
    const who = `${obligation.name}（${ctx.bodyName(obligation.body)}${obligation.to.length > 0 ? ` → ${obligation.to.map((id) => ctx.bodyName(id)).join('、')}` : ''}）`;
    if (matches(SELF_EVALUATION, obligation.id)) {
      rows.add(
        SELF_EVALUATION_ROW,
        schedule.kind === 'after'
          ? periodEntry(ctx, source, obligation.name, who, schedule.deadline, obligation.cite, ctx.scope(obligation))
          : textEntry(source, obligation, `${who}：${describeSchedule(schedule)}`),
      );
    } else if (schedule.kind === 'after') {
      rows.add(anchorRow(schedule.deadline.from), periodEntry(ctx, source, obligation.name, who, schedule.deadline, obligation.cite, ctx.scope(obligation)));
    } else if ((schedule.kind === 'every' || schedule.kind === 'calendar') && schedule.from !== undefined && obligation.to.length > 0) {
      // A report due again and again while the project runs (from an event on), to a body: a progress report.
      const months = schedule.kind === 'every' ? schedule.amount : PERIOD_MONTHS[schedule.period];
      const value: EntryValue = { kind: 'every', months, from: schedule.from, ...(schedule.until ? { until: schedule.until } : {}) };
      rows.add(PROGRESS_ROW, { source, name: obligation.name, value, text: `${who}：${describeSchedule(schedule)}${ctx.scope(obligation)}`, cite: obligation.cite, citeText: citeText(obligation.cite) });
    } else {
      const spec: RowSpec =
        schedule.kind === 'upon'
          ? { key: 'obligation:upon', kind: 'obligation', section: SECTION, label: '随事件报送或抄送', rank: 20, signature: byElement }
          : { key: 'obligation:periodic', kind: 'obligation', section: SECTION, label: '其他定期义务（年度清单、需求、预算建议等）', rank: 21, signature: byElement };
      rows.add(spec, textEntry(source, obligation, `${who}：${describeSchedule(schedule)}${ctx.scope(obligation)}`));
    }
  }
}

/** The row of a period's anchor; one counted from the later or earlier of several events goes with the first it names. */
function anchorRow(from: DeadlineAnchor): RowSpec {
  const anchor = anchorEvents(from)[0] ?? '';
  const index = ANCHOR_GROUPS.findIndex((candidate) => candidate.anchors.includes(anchor));
  const group = ANCHOR_GROUPS[index];
  return group
    ? { key: group.kind, kind: group.kind, section: SECTION, label: group.label, rank: index, strictness: PERIOD_STRICTNESS }
    : { key: `deadline:${anchor}`, kind: 'anchored-deadline', section: SECTION, label: `自${eventText(anchor)}起的期限`, rank: 10, strictness: PERIOD_STRICTNESS };
}

/** A period, comparable with periods of the same unit from the same anchor; one whose length is a project's fact is text only. */
function periodEntry(ctx: ColumnContext, source: string, name: string, who: string, deadline: Deadline, cite: CellEntry['cite'], scope: string): CellEntry {
  const text = `${who}：${periodText(deadline, (key) => ctx.factLabel(key))}${scope}`;
  const value: EntryValue =
    typeof deadline.amount === 'number'
      ? {
          kind: 'period',
          amount: deadline.amount,
          ...(deadline.earliest !== undefined ? { earliest: deadline.earliest } : {}),
          unit: deadline.unit,
          from: anchorKey(deadline.from),
          soft: deadline.soft,
        }
      : { kind: 'text', text };
  return { source, name, value, text, cite, citeText: citeText(cite) };
}

function textEntry(source: string, obligation: Obligation, text: string): CellEntry {
  return { source, name: obligation.name, value: { kind: 'text', text }, text, cite: obligation.cite, citeText: citeText(obligation.cite) };
}

/** Duties without a comparable period are the same when they are the same element. */
function byElement(entry: CellEntry): string {
  return entry.source.split('.').pop() ?? entry.source;
}
