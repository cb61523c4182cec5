import { resolveFacts } from './facts';
import type { Condition, Deadline, PolicyDocument, Schedule } from './policy-document.schema';

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

/** Human-readable Chinese for the parts of a policy document (conditions, deadlines, schedules). */
export class PolicyDescriber {
  private readonly labels: Map<string, string>;

  constructor(doc: PolicyDocument) {
    this.labels = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.label]));
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

/** "原则上5个工作日内（自环节开始次日起算）", "12至24个月内（自验收通过次日起算）" */
export function describeDeadline(deadline: Deadline): string {
  const span = deadline.earliest !== undefined ? `${deadline.earliest}至${deadline.amount}` : `${deadline.amount}`;
  return `${deadline.soft ? '原则上' : ''}${span}${UNIT[deadline.unit]}内（自${anchorText(deadline.from)}次日起算）`;
}

export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'upon':
      return `${anchorText(schedule.event)}时`;
    case 'after':
      return describeDeadline(schedule.deadline);
    case 'every':
      return `自${anchorText(schedule.from)}起每${schedule.amount}个月${schedule.until ? `，至${anchorText(schedule.until)}` : ''}`;
    case 'calendar': {
      const period = { quarter: '每季度末', 'half-year': '每半年末', year: '每年' }[schedule.period];
      const due = schedule.dueBy ? `${Number(schedule.dueBy.slice(0, 2))}月${Number(schedule.dueBy.slice(3))}日前` : '';
      return `${period}${due}${schedule.from ? `，自${anchorText(schedule.from)}起` : ''}${schedule.until ? `，至${anchorText(schedule.until)}` : ''}`;
    }
  }
}

