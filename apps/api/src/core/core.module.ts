import { Global, Module } from '@nestjs/common';
import { calendarProvider } from '../calendar/calendar.provider';
import { CalendarStore } from '../calendar/calendar-store';
import { Clock } from '../calendar/clock';
import { SqliteTransactionQueue } from '../database/sqlite-transaction.queue';

/**
 * Providers every feature shares: the clock (the only place time is read) and the working-day calendar; and, on
 * SQLite, one transaction at a time.
 */
@Global()
@Module({
  providers: [Clock, CalendarStore, calendarProvider, SqliteTransactionQueue],
  exports: [Clock, CalendarStore, calendarProvider],
})
export class CoreModule {}
