import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@banfa/permissions';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CalendarOverrideEntity, CalendarYearEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { parseCalendarOverrides } from './calendar-overrides.parse';
import { CalendarStore } from './calendar-store';
import type { CalendarYearUpdateDto } from './calendar-update.dto';
import { calendarYearView, type CalendarYearView } from './calendar-year.view';
import { Clock } from './clock';
import { inPackage, PACKAGE_YEARS, packageDayName } from './package-days';

/** The official calendar by year: read it, and let a platform administrator enter or correct a year. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CalendarStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async year(year: number, manager: EntityManager = this.dataSource.manager): Promise<CalendarYearView> {
    const [stored, overrides] = await Promise.all([
      manager.findOneBy(CalendarYearEntity, { year }),
      manager.find(CalendarOverrideEntity, { where: { year }, order: { day: 'ASC' } }),
    ]);
    return calendarYearView(
      year,
      PACKAGE_YEARS.find((candidate) => candidate.year === year),
      stored,
      overrides.map(({ day, working, note, updatedBy, updatedAt }) => ({ day, working, note, updatedBy, updatedAt })),
      packageDayName,
    );
  }

  /**
   * Replaces the year's overrides and whether it is published, in one transaction with its audit entry, then
   * reloads the calendar the runtime counts on.
   */
  async update(actor: Actor, year: number, body: CalendarYearUpdateDto): Promise<CalendarYearView> {
    const { overrides, issues } = parseCalendarOverrides(year, body.overrides);
    if (!body.published && inPackage(year)) {
      issues.unshift({
        field: 'published',
        message: `${year} 年的放假安排已由国务院公布（chinese-days 数据包），不能标为未公布；如需更正个别日期，请在 overrides 中列出`,
      });
    }
    if (issues.length > 0) throw new AppError('validation-failed', `${year} 年日历有 ${issues.length} 处需要修改`, issues);
    const note = body.note?.trim() ? body.note.trim() : null;
    const now = this.clock.now().toISOString();
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarYearEntity, { year });
      const beforeOverrides = await manager.find(CalendarOverrideEntity, { where: { year }, order: { day: 'ASC' } });
      await manager.save(CalendarYearEntity, { year, published: body.published, note, updatedBy: actor.id, updatedAt: now });
      await manager.delete(CalendarOverrideEntity, { year });
      if (overrides.length > 0) {
        await manager.insert(
          CalendarOverrideEntity,
          overrides.map((override) => ({ ...override, year, updatedBy: actor.id, updatedAt: now })),
        );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'calendar.update',
        subjectType: 'Calendar',
        subjectId: String(year),
        before: before ? auditedState(before, beforeOverrides) : null,
        after: auditedState({ published: body.published, note }, overrides),
        detail: { year, published: body.published, overrides: overrides.length },
      });
    });
    await this.store.reload();
    return this.year(year);
  }
}

/** What the audit log hashes of a year: whether it is published, its note and its overrides. */
function auditedState(
  year: Pick<CalendarYearEntity, 'published' | 'note'>,
  overrides: ReadonlyArray<Pick<CalendarOverrideEntity, 'day' | 'working' | 'note'>>,
): unknown {
  return {
    published: year.published,
    note: year.note,
    overrides: [...overrides].sort((a, b) => a.day.localeCompare(b.day)).map(({ day, working, note }) => ({ day, working, note })),
  };
}
