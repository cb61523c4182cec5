import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ProjectView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { StepActionDto } from './dto/step-action.dto';
import { StepActionsService } from './step-actions.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('projects/:id/steps/:stepId/actions')
export class StepActionsController {
  constructor(private readonly actions: StepActionsService) {}

  @Post()
  @HttpCode(200)
  @Permission('review', 'Step')
  @ApiOperation({
    summary: '办理步骤：通过、退回补正或不予通过',
    description: '只有政策指定的审查机构（本行政区划）可以办理，且只能办理正在进行中的步骤；退回补正和不予通过须说明理由',
  })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiParam({ name: 'stepId', description: '步骤 id（见决定报告 steps[].id）' })
  @ApiOkResponse({ description: '已办理，返回重新计算的办理程序' })
  @ApiBadRequestResponse({ description: '退回补正或不予通过未说明理由' })
  @ApiConflictResponse({ description: '步骤当前不在办理中（尚未开始、已办结或已退回）' })
  act(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('stepId') stepId: string, @Body() body: StepActionDto): Promise<ProjectView> {
    return this.actions.act(actor, id, stepId, body);
  }
}
