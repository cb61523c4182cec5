import { Body, Controller, Delete, Get, HttpCode, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { AttachmentView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { ALLOWED_EXTENSIONS_TEXT } from './attachment-types';
import { AttachmentsService, type UploadedAttachment } from './attachments.service';
import { UploadAttachmentDto } from './upload-attachment.dto';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('projects/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Permission('create', 'Attachment')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiOperation({ summary: '上传附件', description: `项目所属单位按政策的附件要求上传文件；可上传：${ALLOWED_EXTENSIONS_TEXT}（按扩展名和文件内容识别）` })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'requirementId'],
      properties: {
        file: { type: 'string', format: 'binary', description: '文件' },
        requirementId: { type: 'string', description: '对应的附件要求 id（见决定报告 attachments[].id）' },
      },
    },
  })
  @ApiCreatedResponse({ description: '已上传：附件的 SHA-256、大小和类型' })
  @ApiPayloadTooLargeResponse({ description: '文件超过大小上限（ATTACHMENT_MAX_MB，默认 20 MB）' })
  @ApiUnsupportedMediaTypeResponse({ description: '不支持的文件类型，或扩展名与内容不符' })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UploadAttachmentDto,
    @UploadedFile() file: UploadedAttachment | undefined,
  ): Promise<AttachmentView> {
    return this.attachments.upload(actor, id, body.requirementId, file);
  }

  @Get()
  @Permission('read', 'Attachment')
  @ApiOperation({ summary: '附件列表' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiOkResponse({ description: '按上传时间排列' })
  list(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AttachmentView[]> {
    return this.attachments.list(actor, id);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Permission('create', 'Attachment')
  @ApiOperation({ summary: '删除附件（仅草稿）', description: '申报前替换文件：删除后重新上传；已申报项目的附件不能删除' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiParam({ name: 'attachmentId', description: '附件 id' })
  @ApiNoContentResponse({ description: '已删除' })
  @ApiConflictResponse({ description: '项目已提交申报' })
  @ApiNotFoundResponse({ description: '项目或附件不存在，或无权查看' })
  remove(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('attachmentId') attachmentId: string): Promise<void> {
    return this.attachments.remove(actor, id, attachmentId);
  }

  @Get(':attachmentId')
  @Permission('read', 'Attachment')
  @ApiOperation({ summary: '下载附件', description: '以原文件名（含中文，RFC 5987）下载' })
  @ApiParam({ name: 'id', description: '项目 id' })
  @ApiParam({ name: 'attachmentId', description: '附件 id' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '文件内容' })
  @ApiNotFoundResponse({ description: '项目或附件不存在，或无权查看' })
  download(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('attachmentId') attachmentId: string): Promise<StreamableFile> {
    return this.attachments.download(actor, id, attachmentId);
  }
}
