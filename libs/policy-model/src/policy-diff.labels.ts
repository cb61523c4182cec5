import type { ChangeLimit, ChangeRule, Gate, PolicyDocument, Provision } from './policy-document.schema';
import type { FactType } from './fact-catalogue';

/** Chinese names of the enumerated values a policy document holds, as a diff shows them. */
export const LEVEL_LABEL: Readonly<Record<PolicyDocument['jurisdiction']['level'], string>> = {
  province: '省级',
  city: '市级',
  county: '县级',
};

export const GATE_EFFECT_LABEL: Readonly<Record<Gate['effect'], string>> = {
  'refuse-initiation': '不予立项',
  'refuse-support': '不予支持',
  'refuse-funding': '不予安排资金',
  'refuse-budget': '不得列入预算',
  'refuse-acceptance': '不得通过验收',
  'not-applicable': '不适用本办法',
  'other-rules-apply': '按其他规定办理',
  warning: '提示',
};

export const OUTSIDE_LABEL: Readonly<Record<ChangeRule['outside'], string>> = {
  'referred-to-other-rules': '按其他规定办理',
  refused: '不予变更',
  'reapproval-required': '重新论证并报批',
};

export const PROVISION_KIND_LABEL: Readonly<Record<Provision['kind'], string>> = {
  sanction: '罚则',
  duty: '职责',
  principle: '原则',
  definition: '定义',
  other: '其他',
};

export const LIMIT_KIND_LABEL: Readonly<Record<ChangeLimit['kind'], string>> = {
  ratio: '比例限制',
  count: '次数限制',
  'total-not-above': '总额限制',
  'no-increase': '不得增加限制',
};

export const MEASURE_LABEL: Readonly<Record<Extract<ChangeLimit, { kind: 'ratio' }>['measure'], string>> = {
  'larger-of-old-new': '每行取原小计与现小计中较大者',
  'old-plus-new': '原小计与现小计相加',
  net: '净增额',
  declared: '按变更申请所述金额',
};

export const FACT_TYPE_LABEL: Readonly<Record<FactType, string>> = {
  money: '金额',
  boolean: '是/否',
  enum: '选项',
  integer: '整数',
  date: '日期',
  string: '文字',
};

export const HOLIDAY_END_LABEL: Readonly<Record<PolicyDocument['counting']['holidayEnd'], string>> = {
  'next-working-day': '顺延至下一个工作日',
  'previous-working-day': '提前至此前最后一个工作日',
  unchanged: '不顺延',
};

export const EVENT_DAY_LABEL: Readonly<Record<NonNullable<PolicyDocument['counting']['eventDay']>, string>> = {
  excluded: '事件当日不计入，自次日起算',
  included: '事件当日计入，为第1日',
};

export const ADJUSTED_WORKDAYS_LABEL: Readonly<Record<NonNullable<PolicyDocument['counting']['adjustedWorkdays']>, string>> = {
  count: '调休上班日计为工作日',
  skip: '调休上班日不计为工作日',
};

export const FINAL_PERIOD_LABEL: Readonly<Record<'not-due' | 'due', string>> = {
  'not-due': '结束事件发生即不再报送',
  due: '结束事件所在周期末仍须报送一次',
};

export const RETURNED_CLOCK_LABEL: Readonly<Record<PolicyDocument['counting']['returnedClock'], string>> = {
  restart: '自重新提交起重新计算',
  resume: '继续计算剩余工作日',
};
