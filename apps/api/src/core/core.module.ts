import { Global, Module } from '@nestjs/common';
import { calendarProvider } from '../calendar/calendar.provider';
import { Clock } from '../calendar/clock';

/** Providers every feature shares: the clock (the only place time is read) and the working-day calendar. */
@Global()
@Module({
  providers: [Clock, calendarProvider],
  exports: [Clock, calendarProvider],
})
export class CoreModule {}
