export type { CalendarOverride, CalendarYear } from './calendar-data';
export { chineseDaysYears } from './chinese-days.source';
export { CIVIL_CODE_COUNTING, type CountingRules, type PeriodUnit } from './counting-rules';
export { WorkingCalendar, type DateAnswer, type DayAnswer } from './working-calendar';
