import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@banfa/permissions';
import type { ProjectView } from '@banfa/api-contract';
import { IsObject, IsString } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../permissions/permission.decorator';
import { ProjectsService } from './projects.service';

export class SubmitProjectDto {
  @IsString({ message: '缺少政策版本' })
  policyVersionId!: string;

  @IsObject({ message: '表单内容应为对象' })
  formValues!: Record<string, unknown>;

  @IsObject({ message: '规则所需信息应为对象' })
  factAnswers!: Record<string, unknown>;
}

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @Permission('submit', 'Project')
  @ApiCreatedResponse({ description: '项目已申报：返回按所适用政策计算的办理程序（决定报告）' })
  submit(@CurrentActor() actor: Actor, @Body() body: SubmitProjectDto): Promise<ProjectView> {
    return this.projects.submit(actor, body);
  }

  @Get()
  @Permission('read', 'Project')
  list(@CurrentActor() actor: Actor): Promise<ProjectView[]> {
    return this.projects.listMine(actor);
  }

  @Get(':id')
  @Permission('read', 'Project')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectView> {
    return this.projects.get(actor, id);
  }
}
