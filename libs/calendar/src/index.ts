export type { CalendarOverride, CalendarYear } from './calendar-data';
export { chineseDaysYears } from './chinese-days.source';
export { WorkingCalendar, type DateAnswer, type DayAnswer } from './working-calendar';
