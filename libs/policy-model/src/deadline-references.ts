import { anchorText } from './describe';
import type { FactType } from './fact-catalogue';
import type { Deadline, Schedule } from './policy-document.schema';
import type { PolicyIssue } from './policy-issue';
import { DEADLINE_ANCHORS, PROJECT_EVENT_KINDS } from './project-event';

type Path = Array<string | number>;

/**
 * What a schema cannot check in a period: that its anchor names known events (several events only project events:
 * a step's own start cannot be combined), that a length read from a fact reads a declared integer fact, and that a
 * window's start lies before its end.
 */
export function checkDeadline(deadline: Deadline, path: Path, factTypes: ReadonlyMap<string, FactType>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const from = deadline.from;
  if (typeof from === 'string') {
    if (!DEADLINE_ANCHORS.includes(from)) issues.push({ path: [...path, 'from'], message: `未知的起算事件“${from}”，可选：${DEADLINE_ANCHORS.join('、')}` });
  } else {
    const key = 'laterOf' in from ? 'laterOf' : 'earlierOf';
    const events = 'laterOf' in from ? from.laterOf : from.earlierOf;
    const seen = new Set<string>();
    events.forEach((event, i) => {
      const at: Path = [...path, 'from', key, i];
      if (event === 'started') {
        issues.push({ path: at, message: '“环节开始”（started）不能与其他事件组合', hint: '请只列项目事件：较晚者、较早者只能由项目事件组成，例如 { laterOf: [accepted, goLive] }；自环节开始起算的期限写 from: started' });
      } else if (!(PROJECT_EVENT_KINDS as ReadonlyArray<string>).includes(event)) {
        issues.push({ path: at, message: `未知的起算事件“${event}”，可选：${PROJECT_EVENT_KINDS.join('、')}` });
      } else if (seen.has(event)) {
        issues.push({ path: at, message: `事件“${event}”（${anchorText(event)}）重复`, hint: '请每个事件只列一次' });
      }
      seen.add(event);
    });
  }
  if (typeof deadline.amount === 'number') {
    if (deadline.earliest !== undefined && deadline.earliest >= deadline.amount) {
      issues.push({ path: [...path, 'earliest'], message: '时间窗口的起点（earliest）应小于终点（amount）' });
    }
  } else {
    const fact = deadline.amount.fact;
    const type = factTypes.get(fact);
    if (type !== 'integer') {
      issues.push({
        path: [...path, 'amount', 'fact'],
        message: type === undefined ? `期限长度引用了未声明的事实“${fact}”` : `期限长度须取自 integer（整数）类型的事实，“${fact}”是 ${type}`,
        hint: '请在 facts 中声明一个整数事实，例如 { key: approvedConstructionMonths, type: integer, label: 批复的建设周期（月）, cite: … }，期限写 amount: { fact: approvedConstructionMonths }',
      });
    }
    if (deadline.earliest !== undefined) {
      issues.push({ path: [...path, 'earliest'], message: '时间窗口的起点（earliest）只能与固定的期限（amount 为整数）一起使用', hint: '请删除 earliest，或把 amount 写成固定的整数' });
    }
  }
  return issues;
}

/** A calendar schedule's `finalPeriod` needs the `until` event whose period it names. */
export function checkScheduleOptions(schedule: Schedule, path: Path): PolicyIssue[] {
  if (schedule.kind === 'calendar' && schedule.finalPeriod !== undefined && schedule.until === undefined) {
    return [{ path: [...path, 'finalPeriod'], message: 'finalPeriod 须与 until（结束事件）一起使用：没有结束事件，就没有“结束事件所在的周期”', hint: '请补写 until，例如 until: accepted；或删除 finalPeriod' }];
  }
  return [];
}
