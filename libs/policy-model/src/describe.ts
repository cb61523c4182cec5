import { anchorChoice, anchorEvents } from './deadline-anchor';
import { resolveFacts } from './facts';
import type { Condition, Counting, Deadline, DeadlineAnchor, PolicyDocument, Schedule } from './policy-document.schema';

const SYMBOL = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;
const UNIT = { workingDays: '个工作日', calendarDays: '日', months: '个月' } as const;
const ANCHOR: Readonly<Record<string, string>> = {
  started: '环节开始',
  listSubmitted: '报送清单',
  submitted: '提交申报',
  resubmitted: '补正后重新提交',
  approvalIssued: '立项批复',
  procurementCompleted: '采购完成',
  contractSigned: '合同签订',
  constructionStarted: '开工',
  constructionCompleted: '完工',
  initialAcceptance: '初步验收',
  goLive: '上线',
  trialOperationStarted: '试运行开始',
  acceptanceApplied: '申请验收',
  accepted: '验收通过',
  acceptanceReportFiled: '验收报告备案',
  changeRequested: '提出变更',
  changeDecided: '变更决定',
  reportSubmitted: '报送报告',
  budgetYearEnded: '年度预算执行结束',
};

/** What a deadline's words need from its document: the labels of facts a length is read from, the counting. */
export interface DeadlineWording {
  factLabel?: (key: string) => string;
  eventDay?: Counting['eventDay'];
}

/** Human-readable Chinese for the parts of a policy document (conditions, deadlines, schedules). */
export class PolicyDescriber {
  private readonly labels: Map<string, string>;
  private readonly wording: DeadlineWording;

  constructor(doc: PolicyDocument) {
    this.labels = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.label]));
    this.wording = { factLabel: (key) => this.labels.get(key) ?? key, eventDay: doc.counting.eventDay };
  }

  /** describeDeadline with the document's fact labels and counting. */
  deadline(deadline: Deadline): string {
    return describeDeadline(deadline, this.wording);
  }

  /** describeSchedule with the document's fact labels and counting. */
  schedule(schedule: Schedule): string {
    return describeSchedule(schedule, this.wording);
  }

  condition(condition: Condition): string {
    if ('threshold' in condition) {
      const t = condition.threshold;
      return `${this.labels.get(t.fact) ?? t.fact} ${SYMBOL[t.comparison]} ${t.amount}${t.unit}${t.setting ? `（${t.setting}）` : ''}`;
    }
    if (condition.description) return condition.description;
    if ('cel' in condition) return condition.cel;
    if ('not' in condition) return `并非（${this.condition(condition.not)}）`;
    const parts = 'all' in condition ? condition.all : condition.any;
    return parts.map((part) => this.condition(part)).join('all' in condition ? ' 且 ' : ' 或 ');
  }
}

export function anchorText(anchor: string): string {
  return ANCHOR[anchor] ?? anchor;
}

/** "验收通过", "验收通过、上线两者中较晚者" */
export function describeAnchor(from: DeadlineAnchor): string {
  const choice = anchorChoice(from);
  if (choice === undefined) return anchorText(from as string);
  const events = anchorEvents(from);
  return `${events.map(anchorText).join('、')}${events.length === 2 ? '两者' : '各事件'}中较${choice === 'later' ? '晚' : '早'}者`;
}

/** "5个工作日", "12至24个月", "“批复的建设周期”个月" (a length read from a project fact). */
export function describeSpan(deadline: Deadline, factLabel: (key: string) => string = (key) => key): string {
  if (typeof deadline.amount !== 'number') return `“${factLabel(deadline.amount.fact)}”${UNIT[deadline.unit]}`;
  return `${deadline.earliest !== undefined ? `${deadline.earliest}至${deadline.amount}` : deadline.amount}${UNIT[deadline.unit]}`;
}

/** "原则上5个工作日内（自环节开始次日起算）", "12至24个月内（自验收通过次日起算）"; "当日起算" when the event day counts. */
export function describeDeadline(deadline: Deadline, wording: DeadlineWording = {}): string {
  const start = wording.eventDay === 'included' ? '当日' : '次日';
  return `${deadline.soft ? '原则上' : ''}${describeSpan(deadline, wording.factLabel)}内（自${describeAnchor(deadline.from)}${start}起算）`;
}

const HOLIDAY_END_TEXT = { 'next-working-day': '末日为休息日的顺延至其后第一个工作日', 'previous-working-day': '末日为休息日的提前至此前最后一个工作日', unchanged: '末日为休息日的不顺延' } as const;

export function describeSchedule(schedule: Schedule, wording: DeadlineWording = {}): string {
  switch (schedule.kind) {
    case 'upon':
      return `${anchorText(schedule.event)}时`;
    case 'after':
      return describeDeadline(schedule.deadline, wording);
    case 'every':
      return `自${anchorText(schedule.from)}起每${schedule.amount}个月${schedule.until ? `，至${anchorText(schedule.until)}` : ''}${schedule.holidayEnd ? `（${HOLIDAY_END_TEXT[schedule.holidayEnd]}）` : ''}`;
    case 'calendar': {
      const period = { quarter: '每季度末', 'half-year': '每半年末', year: '每年' }[schedule.period];
      const due = schedule.dueBy ? `${Number(schedule.dueBy.slice(0, 2))}月${Number(schedule.dueBy.slice(3))}日前` : '';
      const until = schedule.until ? `，至${anchorText(schedule.until)}${schedule.finalPeriod === 'due' ? '（其所在周期仍须报送）' : ''}` : '';
      return `${period}${due}${schedule.from ? `，自${anchorText(schedule.from)}起` : ''}${until}${schedule.holidayEnd ? `（${HOLIDAY_END_TEXT[schedule.holidayEnd]}）` : ''}`;
    }
  }
}

/** "事件当日不计入；调休上班日计为工作日；期间末日为法定节假日的顺延至下一个工作日；补正后重新计算" */
export function describeCounting(counting: Counting): string {
  return [
    counting.eventDay === 'included' ? '事件当日计入（为第1日）' : '事件当日不计入，自次日起算',
    counting.adjustedWorkdays === 'skip' ? '调休上班日不计为工作日' : '调休上班日计为工作日',
    { 'next-working-day': '期间末日为休息日的顺延至下一个工作日', 'previous-working-day': '期间末日为休息日的提前至此前最后一个工作日', unchanged: '期间末日为休息日的不顺延' }[counting.holidayEnd],
    counting.returnedClock === 'resume' ? '补正后继续计算剩余工作日' : '补正后自重新提交起重新计算',
  ].join('；');
}

