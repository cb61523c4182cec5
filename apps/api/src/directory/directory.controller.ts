import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@banfa/permissions';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import type { JurisdictionNode } from './jurisdiction-tree';
import { JurisdictionsService } from './jurisdictions.service';
import type { OrganisationView } from './organisation.view';
import { OrganisationQueryDto } from './organisation-query.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(
    private readonly jurisdictions: JurisdictionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Get('jurisdictions')
  @Permission('read', 'Jurisdiction')
  @ApiOkResponse({ description: '行政区划树（省 → 市 → 县，GB/T 2260），标明哪些已有发布的管理办法' })
  jurisdictionTree(): Promise<JurisdictionNode[]> {
    return this.jurisdictions.tree();
  }

  @Get('organisations')
  @Permission('read', 'Organisation')
  @ApiOkResponse({ description: '当前用户可查看的单位：项目建设单位和审查机构（附机构目录中的名称）' })
  organisationList(@CurrentActor() actor: Actor, @Query() query: OrganisationQueryDto): Promise<OrganisationView[]> {
    return this.organisations.list(actor, {
      ...(query.jurisdictionCode !== undefined ? { jurisdictionCode: query.jurisdictionCode } : {}),
      ...(query.kind !== undefined ? { kind: query.kind } : {}),
    });
  }
}
