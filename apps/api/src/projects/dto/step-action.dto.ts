import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { StepActionRequest } from '@banfa/api-contract';
import type { StepOutcome } from '@banfa/policy-model';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const STEP_OUTCOMES: ReadonlyArray<StepOutcome> = ['approve', 'return', 'reject'];

export class StepActionDto implements StepActionRequest {
  @ApiProperty({ description: 'approve 通过；return 退回补正；reject 不予通过', enum: STEP_OUTCOMES })
  @IsIn(STEP_OUTCOMES, { message: '办理结果应为 approve（通过）、return（退回补正）或 reject（不予通过）' })
  outcome!: StepOutcome;

  @ApiPropertyOptional({ description: '理由：退回补正和不予通过时必填（说明需要补正的内容或不予通过的依据）' })
  @IsOptional()
  @IsString({ message: '理由应为文本' })
  @MaxLength(2000, { message: '理由不能超过 2000 个字' })
  reason?: string;
}
