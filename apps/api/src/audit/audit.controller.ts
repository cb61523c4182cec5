import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditChainReport } from '@banfa/audit-chain';
import { Permission } from '../permissions/permission.decorator';
import type { AuditEntryView } from './audit-entry.view';
import { AuditLogService } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @Permission('read', 'AuditLog')
  @ApiOkResponse({ description: '审计日志（新的在前），可按对象筛选；before 翻页' })
  async list(@Query() query: AuditQueryDto): Promise<{ entries: AuditEntryView[] }> {
    const entries = await this.log.list({
      ...(query.subjectType !== undefined ? { subjectType: query.subjectType } : {}),
      ...(query.subjectId !== undefined ? { subjectId: query.subjectId } : {}),
      limit: query.limit !== undefined ? Number(query.limit) : 100,
      ...(query.before !== undefined ? { before: Number(query.before) } : {}),
    });
    return { entries };
  }

  @Get('verify')
  @Permission('verify', 'AuditLog')
  @ApiOkResponse({ description: '校验整条审计链（与 `banfa audit verify --json` 结果相同）' })
  verify(): Promise<AuditChainReport> {
    return this.log.verify();
  }
}
