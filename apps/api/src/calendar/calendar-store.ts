import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { WorkingCalendar } from '@banfa/calendar';
import { DataSource } from 'typeorm';
import { CalendarOverrideEntity, CalendarYearEntity } from '../database/entities';
import { buildWorkingCalendar } from './calendar-build';
import { liveCalendar } from './live-calendar';
import { PACKAGE_YEARS } from './package-days';

/**
 * Holds the working-day calendar the api counts on: the package's years plus the administrators' years and
 * overrides from the database, loaded at start and reloaded after every change.
 */
@Injectable()
export class CalendarStore implements OnModuleInit {
  private readonly logger = new Logger(CalendarStore.name);
  private current = buildWorkingCalendar(PACKAGE_YEARS, [], []);
  /** The calendar to inject: always answers from the latest load. */
  readonly calendar: WorkingCalendar = liveCalendar(() => this.current);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  /** Reads the stored years and overrides again (after a change has been committed). */
  async reload(): Promise<void> {
    const [years, overrides] = await Promise.all([
      this.dataSource.getRepository(CalendarYearEntity).find(),
      this.dataSource.getRepository(CalendarOverrideEntity).find(),
    ]);
    this.current = buildWorkingCalendar(PACKAGE_YEARS, years, overrides);
    this.logger.log({ years: years.length, overrides: overrides.length }, 'working calendar loaded');
  }
}
