import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChangeDecisionRequest } from '@banfa/api-contract';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ChangeDecisionDto implements ChangeDecisionRequest {
  @ApiProperty({ description: 'approve 同意变更；refuse 不同意', enum: ['approve', 'refuse'] })
  @IsIn(['approve', 'refuse'], { message: '意见应为 approve（同意）或 refuse（不同意）' })
  outcome!: 'approve' | 'refuse';

  @ApiPropertyOptional({ description: '理由：不同意时必填' })
  @IsOptional()
  @IsString({ message: '理由应为文本' })
  @MaxLength(2000, { message: '理由不能超过 2000 个字' })
  reason?: string;
}
