import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PolicyListItemView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { PolicyCatalogService } from './policy-catalog.service';

@ApiTags('policy-versions')
@ApiBearerAuth()
@Controller('policies')
export class PolicyListController {
  constructor(private readonly catalog: PolicyCatalogService) {}

  @Get()
  @Permission('read', 'PolicyVersion')
  @ApiOperation({ summary: '政策列表', description: '当前账号可查看的政策及其版本：已发布版本对所有登录用户可见，草稿仅对本行政区划的政策管理员和本省观察员可见' })
  @ApiOkResponse({ description: '政策及其版本（不含文件内容）' })
  list(@CurrentActor() actor: Actor): Promise<PolicyListItemView[]> {
    return this.catalog.list(actor);
  }
}
