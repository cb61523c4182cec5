import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { PolicyVersionDiffView, PolicyVersionView, PublishResultView, ScenarioRunView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Clock } from '../calendar/clock';
import { Permission } from '../permissions/permission.decorator';
import { PoliciesService } from './policies.service';
import { PolicyCatalogService } from './policy-catalog.service';
import { PolicyDraftsService } from './policy-drafts.service';
import { exportFileName, exportText } from './policy-export.yaml';
import { PolicyImportService } from './policy-import.service';
import { PolicyPublishService } from './policy-publish.service';
import { PolicyScenarioRunner } from './policy-scenarios.runner';
import { CreateDraftDto, DiffQueryDto, ImportPolicyDto, PublishDto, SaveDraftDto } from './policy-version.dto';
import { toVersionView } from './policy-version.views';

const NOT_FOUND = '版本不存在，或当前账号无权查看（不透露是否存在）';
const INVALID = '政策内容或场景测试未通过校验：每条错误给出字段路径（以 YAML 文本提交时含行:列）、原因和修改提示；未保存任何内容';

@ApiTags('policy-versions')
@ApiBearerAuth()
@Controller('policy-versions')
export class PolicyVersionsController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly catalog: PolicyCatalogService,
    private readonly drafts: PolicyDraftsService,
    private readonly imports: PolicyImportService,
    private readonly publication: PolicyPublishService,
    private readonly scenarioRunner: PolicyScenarioRunner,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Permission('create', 'PolicyVersion')
  @ApiOperation({ summary: '新建草稿', description: '复制任一有权查看的版本为同一政策的新草稿（内容、YAML 原文和场景测试）；只能为本行政区划的政策起草' })
  @ApiCreatedResponse({ description: '新草稿（含内容和锁版本号）' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateDraftDto): Promise<PolicyVersionView> {
    return toVersionView(await this.drafts.createFrom(actor, body.basedOn), this.clock.today());
  }

  @Post('import')
  @Permission('create', 'PolicyVersion')
  @ApiOperation({
    summary: '导入政策文件',
    description: '把 policies/ 目录中政策文件的 YAML 全文（可附场景测试文件）导入为新草稿，原文按原样保存；校验与命令行检查相同',
  })
  @ApiCreatedResponse({ description: '导入得到的新草稿' })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  async import(@CurrentActor() actor: Actor, @Body() body: ImportPolicyDto): Promise<PolicyVersionView> {
    return toVersionView(await this.imports.importDraft(actor, body.yaml, body.fileName, body.scenarios), this.clock.today());
  }

  @Get(':id')
  @Permission('read', 'PolicyVersion')
  @ApiOperation({
    summary: '查看政策版本',
    description: '内容、YAML 原文（含作者的注释和排版）、场景测试、状态、内容哈希（每次读取时核验）、锁版本号、来源版本、是否现行有效',
  })
  @ApiOkResponse({ description: '政策版本' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '内容与记录的哈希不符（可能被篡改）' })
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PolicyVersionView> {
    return toVersionView(await this.policies.readableVersion(actor, id), this.clock.today());
  }

  @Put(':id')
  @Permission('update', 'PolicyVersion')
  @ApiOperation({
    summary: '保存草稿',
    description: '以新内容替换草稿：YAML 文本（yaml，按原样保存）或数据（content）二选一，可同时保存场景测试（scenarios）；需提供读取时的锁版本号',
  })
  @ApiOkResponse({ description: '保存后的草稿（锁版本号加一）' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '草稿已被他人修改（锁版本号过期，错误中给出当前锁版本号 currentLockVersion），或版本已发布不可修改' })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  async save(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SaveDraftDto): Promise<PolicyVersionView> {
    return toVersionView(await this.drafts.save(actor, id, body), this.clock.today());
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('update', 'PolicyVersion')
  @ApiOperation({ summary: '删除草稿', description: '只能删除草稿；已发布的版本永久保留' })
  @ApiNoContentResponse({ description: '草稿已删除' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '版本已发布，或已被项目引用' })
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.drafts.remove(actor, id);
  }

  @Get(':id/export')
  @Permission('read', 'PolicyVersion')
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiProduces('application/yaml')
  @ApiOperation({ summary: '导出为 YAML', description: '导出为 policies/ 目录格式的政策文件（作者所写的原文，核验与内容一致）；重新导入后内容哈希不变' })
  @ApiOkResponse({ description: '政策文件（YAML）', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async export(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const version = await this.policies.readableVersion(actor, id);
    response.setHeader('Content-Disposition', `attachment; filename="${exportFileName(version)}"`);
    return exportText(version);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Permission('publish', 'PolicyVersion')
  @ApiOperation({
    summary: '发布草稿',
    description:
      '设定施行期间并发布，施行日期同时写入内容和 YAML 原文，发布后不可修改；须全部场景测试通过。dryRun 只返回影响：场景测试结果、与之重叠的版本、仍按原版本办理的在办项目（项目从不被改挂到新版本）',
  })
  @ApiOkResponse({ description: '发布结果（或试运行结果）：施行期间、内容哈希、场景测试结果、重叠版本及处理方式、在办项目、提示' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '施行期间与已发布版本重叠（未选择结束上一版本），或版本已发布，或草稿已被修改' })
  @ApiUnprocessableEntityResponse({ description: '有场景测试未通过（scenarios-failed，逐个列出未通过的场景及原因），或政策内容未通过校验；未发布' })
  publish(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PublishDto): Promise<PublishResultView> {
    return this.publication.publish(actor, id, body);
  }

  @Post(':id/scenario-runs')
  @HttpCode(200)
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '运行场景测试', description: '在服务器上按官方工作日历运行此版本保存的全部场景测试，逐个返回是否通过及未通过的原因；不做任何修改' })
  @ApiOkResponse({ description: '各场景的结果（按文件中的顺序）；没有场景测试时为空列表' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiUnprocessableEntityResponse({ description: '保存的场景测试文件无法读取（逐条给出位置和原因）' })
  async runScenarios(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ScenarioRunView[]> {
    const version = await this.policies.readableVersion(actor, id);
    return this.scenarioRunner.run(version.content, version.scenarios);
  }

  @Get(':id/diff')
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '比较两个版本', description: '以 against 为修改前、本版本为修改后，逐要素列出差异及所在条文' })
  @ApiOkResponse({ description: '语义差异：哪一门槛、步骤、期限、材料、审查机构或规则改变，从什么改为什么，并注明条款' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  diff(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: DiffQueryDto): Promise<PolicyVersionDiffView> {
    return this.catalog.diff(actor, query.against, id);
  }
}
