import { WorkingCalendar } from '@banfa/calendar';
import type { Provider } from '@nestjs/common';
import { CalendarStore } from './calendar-store';

/**
 * The official working-day calendar the runtime counts deadlines on: the package's data with the administrators'
 * corrections from the database, kept current by the CalendarStore (no restart after a correction).
 */
export const calendarProvider: Provider = {
  provide: WorkingCalendar,
  inject: [CalendarStore],
  useFactory: (store: CalendarStore) => store.calendar,
};
