import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InboxItem } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { InboxService } from './inbox.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Permission('review', 'Step')
  @ApiOperation({
    summary: '审查机构待办',
    description:
      '本机构在本行政区划各项目中正在办理的步骤，以及等待本机构审批的变更申请；含期限、剩余工作日、是否逾期和所依据的条款，按到期日排序。仅审查机构（及平台管理员）可用，其他角色返回 403',
  })
  @ApiOkResponse({ description: '待办事项，最早到期的在前，无期限的在后' })
  list(@CurrentActor() actor: Actor): Promise<InboxItem[]> {
    return this.inbox.items(actor);
  }
}
