import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { ChangeView } from '@banfa/api-contract';
import type { ChangeVerdict } from '@banfa/policy-runtime';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { ChangeDecisionDto } from './dto/change-decision.dto';
import { ChangeRequestDto } from './dto/change-request.dto';
import { ProjectChangesService } from './project-changes.service';

@ApiTags('changes')
@ApiBearerAuth()
@Controller('projects/:id/changes')
export class ProjectChangesController {
  constructor(private readonly changes: ProjectChangesService) {}

  @Get()
  @Permission('read', 'Project')
  @ApiOperation({ summary: '变更申请列表', description: '每次变更申请、按变更规定判断的结果及各审批机构的意见' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiOkResponse({ description: '按申请先后排列' })
  list(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ChangeView[]> {
    return this.changes.list(actor, id);
  }

  @Post()
  @Permission('update', 'Project')
  @ApiOperation({
    summary: '申请变更',
    description: '按政策的变更规定判断（比例、次数、总额及所依据的条款）：可以变更 / 须经指定机构同意 / 超出本办法规定 / 不予变更；须经同意的进入相应机构的待办',
  })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiCreatedResponse({ description: '已申请，返回判断结果' })
  @ApiBadRequestResponse({ description: '金额或日期格式不正确：details 给出路径，如 lines[0].old' })
  @ApiConflictResponse({ description: '项目尚未申报，或上一次变更申请仍在审批中' })
  request(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ChangeRequestDto): Promise<ChangeView> {
    return this.changes.request(actor, id, body);
  }

  @Post('check')
  @HttpCode(200)
  @Permission('update', 'Project')
  @ApiOperation({ summary: '变更预检', description: '按政策的变更规定判断这份变更申请（比例、次数、所依据的条款），不作记录；填写变更单时实时调用' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiOkResponse({ description: '判断结果：可以变更 / 须经指定机构同意 / 超出本办法规定 / 不予变更，附比较的数字和条款' })
  @ApiBadRequestResponse({ description: '金额或日期格式不正确：details 给出路径，如 lines[0].old' })
  check(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ChangeRequestDto): Promise<ChangeVerdict> {
    return this.changes.check(actor, id, body);
  }

  @Post(':changeId/decisions')
  @HttpCode(200)
  @Permission('review', 'Step')
  @ApiOperation({ summary: '审批变更申请', description: '变更规定指定的审批机构同意或不同意；全部同意即办结，任一不同意即不予变更' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiParam({ name: 'changeId', description: '变更申请 id' })
  @ApiOkResponse({ description: '已提出意见，返回变更申请的当前状态' })
  @ApiConflictResponse({ description: '变更申请已办结，或本机构已提出意见' })
  decide(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('changeId') changeId: string, @Body() body: ChangeDecisionDto): Promise<ChangeView> {
    return this.changes.decide(actor, id, changeId, body);
  }
}
