import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import type { Provider } from '@nestjs/common';

/** The official working-day calendar the runtime counts deadlines on (administrator overrides: a later issue). */
export const calendarProvider: Provider = {
  provide: WorkingCalendar,
  useFactory: () => new WorkingCalendar(chineseDaysYears()),
};
