import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SubmissionPolicyView } from '@banfa/api-contract';
import { Clock } from '../calendar/clock';
import { Permission } from '../permissions/permission.decorator';
import { PoliciesService } from './policies.service';

@ApiTags('policies')
@Controller('jurisdictions/:code/policy')
export class PoliciesController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Permission('read', 'PolicyVersion')
  @ApiOkResponse({ description: '该行政区划当前适用的政策版本，含申报表单和规则所需信息' })
  async current(@Param('code') code: string): Promise<SubmissionPolicyView> {
    const version = await this.policies.currentVersion(code, this.clock.today());
    return this.policies.submissionView(await this.policies.version(version.id));
  }
}
