import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { CalendarYearUpdateDto } from './calendar-update.dto';
import { parseCalendarYear } from './calendar-year.param';
import type { CalendarYearView } from './calendar-year.view';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @Permission('read', 'Calendar')
  @ApiOkResponse({ description: '该年的放假日、调休上班日（数据包 + 管理员更正），以及是否为暂定' })
  year(@Param('year') year: string): Promise<CalendarYearView> {
    return this.calendar.year(parseCalendarYear(year));
  }

  @Put(':year')
  @Permission('update', 'Calendar')
  @ApiOkResponse({ description: '保存该年的更正（替换原有更正），记入审计日志，运行中的日历随即更新' })
  update(@CurrentActor() actor: Actor, @Param('year') year: string, @Body() body: CalendarYearUpdateDto): Promise<CalendarYearView> {
    return this.calendar.update(actor, parseCalendarYear(year), body);
  }
}
