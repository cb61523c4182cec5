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
import type { Actor } from '@banfa/permissions';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Clock } from '../calendar/clock';
import { Permission } from '../permissions/permission.decorator';
import { PoliciesService } from './policies.service';
import { PolicyCatalogService } from './policy-catalog.service';
import type { VersionDiffView } from './policy-catalog.service';
import { PolicyDraftsService } from './policy-drafts.service';
import { exportFileName, policyYaml } from './policy-export.yaml';
import { PolicyImportService } from './policy-import.service';
import { PolicyPublishService, type PublishResult } from './policy-publish.service';
import { CreateDraftDto, DiffQueryDto, ImportPolicyDto, PublishDto, SaveDraftDto } from './policy-version.dto';
import { toVersionView, type PolicyVersionView } from './policy-version.views';

const NOT_FOUND = '版本不存在，或当前账号无权查看（不透露是否存在）';
const INVALID = '政策内容未通过校验：每条错误给出字段路径（导入时含行:列）、原因和修改提示；未保存任何内容';

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
    private readonly clock: Clock,
  ) {}

  @Post()
  @Permission('create', 'PolicyVersion')
  @ApiOperation({ summary: '新建草稿', description: '复制任一有权查看的版本为同一政策的新草稿；只能为本行政区划的政策起草' })
  @ApiCreatedResponse({ description: '新草稿（含内容和锁版本号）' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateDraftDto): Promise<PolicyVersionView> {
    return toVersionView(await this.drafts.createFrom(actor, body.basedOn), this.clock.today());
  }

  @Post('import')
  @Permission('create', 'PolicyVersion')
  @ApiOperation({ summary: '导入政策文件', description: '把 policies/ 目录中政策文件的 YAML 全文导入为新草稿；校验与命令行检查相同' })
  @ApiCreatedResponse({ description: '导入得到的新草稿' })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  async import(@CurrentActor() actor: Actor, @Body() body: ImportPolicyDto): Promise<PolicyVersionView> {
    return toVersionView(await this.imports.importDraft(actor, body.yaml, body.fileName), this.clock.today());
  }

  @Get(':id')
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '查看政策版本', description: '内容、状态、内容哈希（每次读取时核验）、锁版本号、来源版本、是否现行有效' })
  @ApiOkResponse({ description: '政策版本' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '内容与记录的哈希不符（可能被篡改）' })
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PolicyVersionView> {
    return toVersionView(await this.policies.readableVersion(actor, id), this.clock.today());
  }

  @Put(':id')
  @Permission('update', 'PolicyVersion')
  @ApiOperation({ summary: '保存草稿', description: '以新内容替换草稿；需提供读取时的锁版本号' })
  @ApiOkResponse({ description: '保存后的草稿（锁版本号加一）' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '草稿已被他人修改（锁版本号过期），或版本已发布不可修改' })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  async save(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SaveDraftDto): Promise<PolicyVersionView> {
    return toVersionView(await this.drafts.save(actor, id, body.content, body.lockVersion), this.clock.today());
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
  @ApiOperation({ summary: '导出为 YAML', description: '导出为 policies/ 目录格式的政策文件；重新导入后内容哈希不变' })
  @ApiOkResponse({ description: '政策文件（YAML）', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async export(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const version = await this.policies.readableVersion(actor, id);
    response.setHeader('Content-Disposition', `attachment; filename="${exportFileName(version)}"`);
    return policyYaml(version);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Permission('publish', 'PolicyVersion')
  @ApiOperation({
    summary: '发布草稿',
    description: '设定施行期间并发布，发布后内容不可修改；dryRun 只返回影响：与之重叠的版本、仍按原版本办理的在办项目（项目从不被改挂到新版本）',
  })
  @ApiOkResponse({ description: '发布结果（或试运行结果）：施行期间、内容哈希、重叠版本及处理方式、在办项目、提示' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: '施行期间与已发布版本重叠（未选择结束上一版本），或版本已发布，或草稿已被修改' })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  publish(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PublishDto): Promise<PublishResult> {
    return this.publication.publish(actor, id, body);
  }

  @Get(':id/diff')
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '比较两个版本', description: '以 against 为修改前、本版本为修改后，逐要素列出差异及所在条文' })
  @ApiOkResponse({ description: '语义差异：哪一门槛、步骤、期限、材料、审查机构或规则改变，从什么改为什么，并注明条款' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  diff(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: DiffQueryDto): Promise<VersionDiffView> {
    return this.catalog.diff(actor, query.against, id);
  }
}
