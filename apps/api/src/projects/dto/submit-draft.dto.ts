import { ApiProperty } from '@nestjs/swagger';
import type { SubmitDraftRequest } from '@banfa/api-contract';
import { IsInt, Min } from 'class-validator';

export class SubmitDraftDto implements SubmitDraftRequest {
  @ApiProperty({ description: '提交的草稿的 lockVersion：提交的正是所看到的内容；已被他人修改则返回 409' })
  @IsInt({ message: '缺少 lockVersion（读取项目时返回的版本号），请刷新后重试' })
  @Min(1, { message: 'lockVersion 应为正整数' })
  lockVersion!: number;
}
