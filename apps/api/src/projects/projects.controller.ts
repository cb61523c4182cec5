import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { DecisionReportRecord, ProjectEventView, ProjectView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { CreateProjectDto } from './dto/create-project.dto';
import { SaveDraftDto } from './dto/save-draft.dto';
import { SubmitDraftDto } from './dto/submit-draft.dto';
import { ProjectDraftsService } from './project-drafts.service';
import { ProjectsService } from './projects.service';

const PROJECT_ID = { name: 'id', description: '项目 id' };

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly drafts: ProjectDraftsService,
  ) {}

  @Post()
  @Permission('create', 'Project')
  @ApiOperation({ summary: '新建项目草稿（或一步提交申报）', description: '按本单位所在行政区划现行的政策版本新建草稿；submit 为 true 时校验全部内容并提交申报' })
  @ApiCreatedResponse({ description: '草稿已保存；一步提交时返回按所适用政策计算的办理程序（决定报告）' })
  @ApiBadRequestResponse({ description: '申报内容不符合表单或规则要求：details 逐项给出字段路径和修改方法；什么也没有保存' })
  @ApiConflictResponse({ description: '填写表单所依据的政策版本已不是现行版本' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto): Promise<ProjectView> {
    return this.drafts.create(actor, body);
  }

  @Get()
  @Permission('read', 'Project')
  @ApiOperation({ summary: '项目列表', description: '建设单位看本单位的项目（含草稿），审查机构看本行政区划、观察员看本省已申报的项目，平台管理员看全部' })
  @ApiOkResponse({ description: '可查看的项目，按创建时间倒序，已申报的附按今天计算的决定报告' })
  list(@CurrentActor() actor: Actor): Promise<ProjectView[]> {
    return this.projects.list(actor);
  }

  @Get(':id')
  @Permission('read', 'Project')
  @ApiOperation({ summary: '查看项目', description: '已申报项目的决定报告按今天重新计算（逾期的步骤显示为逾期）' })
  @ApiParam(PROJECT_ID)
  @ApiOkResponse({ description: '项目、所适用的政策版本、lockVersion 和决定报告' })
  @ApiNotFoundResponse({ description: '项目不存在或无权查看' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectView> {
    return this.projects.get(actor, id);
  }

  @Put(':id')
  @Permission('update', 'Project')
  @ApiOperation({ summary: '保存草稿', description: '草稿可以不完整；提交申报时再完整校验' })
  @ApiParam(PROJECT_ID)
  @ApiOkResponse({ description: '已保存，返回新的 lockVersion' })
  @ApiConflictResponse({ description: 'lockVersion 已过期（草稿已被他人保存），或项目已提交申报' })
  save(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SaveDraftDto): Promise<ProjectView> {
    return this.drafts.save(actor, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Permission('submit', 'Project')
  @ApiOperation({ summary: '提交申报', description: '在服务器端按现行政策版本的表单和规则完整校验，固定适用该版本，记录申报并计算决定报告' })
  @ApiParam(PROJECT_ID)
  @ApiOkResponse({ description: '已申报：返回办理程序（决定报告）' })
  @ApiBadRequestResponse({ description: '申报内容不完整或不正确：details 逐项给出字段路径；项目仍为草稿' })
  @ApiConflictResponse({ description: 'lockVersion 已过期，或项目已提交申报' })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SubmitDraftDto): Promise<ProjectView> {
    return this.drafts.submit(actor, id, body.lockVersion);
  }

  @Get(':id/reports')
  @Permission('read', 'Project')
  @ApiOperation({ summary: '决定报告历史', description: '每次记录事件时计算并保存的决定报告，附所用政策版本及其哈希' })
  @ApiParam(PROJECT_ID)
  @ApiOkResponse({ description: '按计算时间先后排列' })
  reports(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DecisionReportRecord[]> {
    return this.projects.history(actor, id);
  }

  @Get(':id/events')
  @Permission('read', 'Project')
  @ApiOperation({ summary: '项目事件', description: '申报、审核意见、补正、合同签订、验收、变更等有日期的事件' })
  @ApiParam(PROJECT_ID)
  @ApiOkResponse({ description: '按发生日期、记录先后排列' })
  events(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectEventView[]> {
    return this.projects.events(actor, id);
  }
}
