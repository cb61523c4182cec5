import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ProjectView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { RecordEventDto } from './dto/record-event.dto';
import { ProjectEventsService } from './project-events.service';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects/:id/events')
export class ProjectEventsController {
  constructor(private readonly events: ProjectEventsService) {}

  @Post()
  @Permission('update', 'Project')
  @ApiOperation({
    summary: '记录项目事件',
    description: '项目建设单位记录已发生的事件：签订合同（含合同金额）、开工、完工、初步验收、上线、申请验收、报送报告（义务 id）、补正后重新提交（步骤 id）等',
  })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiCreatedResponse({ description: '已记录，返回重新计算的办理程序' })
  @ApiBadRequestResponse({ description: '日期无效、晚于今天或早于申报日期，或缺少该事件所需的内容' })
  @ApiConflictResponse({ description: '项目尚未申报，或所补正的步骤不在退回状态' })
  record(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RecordEventDto): Promise<ProjectView> {
    return this.events.record(actor, id, body);
  }
}
