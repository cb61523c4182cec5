import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ComparisonMatrixView, OutcomeComparisonView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { attachmentDisposition } from '../attachments/content-disposition';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { CompareOutcomesDto, ComparisonQueryDto } from './comparison.dto';
import { ComparisonsService, type WorkbookFile } from './comparisons.service';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const BAD_REQUEST = '参数不正确（未选择政策、同时给出多种选择方式、行政区划代码或日期格式错误、样例项目的事实取值不符），details 给出字段路径';
const NOT_FOUND = '所选行政区划没有已发布的政策，或政策版本不存在或无权查看（details 指明参数）';
const MATRIX =
  '各政策的配置参数并列：备案制门槛及其他金额门槛、监理与第三方测评要求、各审查环节与时限、各类期限与定期报告、变更限制、各阶段材料、审查机构；每格附条款，标明各列是否一致及哪一列较严。列头含状态（征求意见稿、试行（已过期）、…（草稿））。';

function download(file: WorkbookFile): StreamableFile {
  return new StreamableFile(file.buffer, { type: XLSX_TYPE, disposition: attachmentDisposition(file.fileName), length: file.buffer.length });
}

/**
 * Policies side by side. Every signed-in user may compare the published policies; drafts only by version id and
 * only when the caller may read them (a province's observer: every draft under the province).
 */
@ApiTags('comparisons')
@ApiBearerAuth()
@Controller('comparisons')
export class ComparisonsController {
  constructor(private readonly comparisons: ComparisonsService) {}

  @Get('matrix')
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '政策配置对照', description: MATRIX })
  @ApiOkResponse({ description: '对照表：列（政策版本及状态）、分区、行（每格的文字、条款、是否较严、是否未作规定）' })
  @ApiBadRequestResponse({ description: BAD_REQUEST })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  matrix(@CurrentActor() actor: Actor, @Query() query: ComparisonQueryDto): Promise<ComparisonMatrixView> {
    return this.comparisons.matrix(actor, this.comparisons.selection(query));
  }

  @Get('matrix.xlsx')
  @Permission('read', 'PolicyVersion')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出配置对照（Excel）', description: `参数同“政策配置对照”。工作表：配置对照、说明。${MATRIX}` })
  @ApiOkResponse({ description: 'Excel 工作簿（.xlsx），文件名为中文', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: BAD_REQUEST })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async matrixWorkbook(@CurrentActor() actor: Actor, @Query() query: ComparisonQueryDto): Promise<StreamableFile> {
    return download(await this.comparisons.matrixWorkbook(actor, this.comparisons.selection(query)));
  }

  @Post('outcomes')
  @HttpCode(200)
  @Permission('read', 'PolicyVersion')
  @ApiOperation({
    summary: '同一项目在各政策下的结果对照',
    description:
      '把一个样例项目（事实与事件）分别按所选政策办理：是否适用、管理方式及理由、各阶段环节与审查机构、立项用时（工作日）、所需材料、义务、否决与提示；并列出各政策还需要而未提供的事实（missingFacts）。不保存任何内容。',
  })
  @ApiOkResponse({ description: '结果对照：各列的结果、对照行（附条款和差异说明）、样例项目、待补充的事实' })
  @ApiBadRequestResponse({ description: BAD_REQUEST })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  outcomes(@CurrentActor() actor: Actor, @Body() body: CompareOutcomesDto): Promise<OutcomeComparisonView> {
    return this.comparisons.outcomes(actor, this.comparisons.selection(body), body.project);
  }

  @Post('outcomes.xlsx')
  @HttpCode(200)
  @Permission('read', 'PolicyVersion')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出对比（Excel）', description: '请求同“同一项目在各政策下的结果对照”。工作表：配置对照、结果对照、说明（含样例项目）。' })
  @ApiOkResponse({ description: 'Excel 工作簿（.xlsx），文件名为中文', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: BAD_REQUEST })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async outcomesWorkbook(@CurrentActor() actor: Actor, @Body() body: CompareOutcomesDto): Promise<StreamableFile> {
    return download(await this.comparisons.outcomesWorkbook(actor, this.comparisons.selection(body), body.project));
  }
}
