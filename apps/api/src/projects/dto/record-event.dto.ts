import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DepartmentEventKind, RecordEventRequest } from '@banfa/api-contract';
import { PROJECT_EVENT_KINDS } from '@banfa/policy-model';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * The events a department records itself. Submission, review decisions and change requests have their own
 * endpoints (and their own permissions), so they are not accepted here; stepCompleted is accepted only for the
 * department's own steps (the applicant's, such as 合同备案).
 */
export const DEPARTMENT_EVENT_KINDS: ReadonlyArray<DepartmentEventKind> = PROJECT_EVENT_KINDS.filter(
  (kind): kind is DepartmentEventKind => !(['submitted', 'changeRequested', 'changeDecided'] as const).some((other) => other === kind),
);

export class RecordEventDto implements RecordEventRequest {
  @ApiProperty({ description: '事件类型', enum: DEPARTMENT_EVENT_KINDS })
  @IsIn(DEPARTMENT_EVENT_KINDS, { message: `事件类型不正确，可选：${DEPARTMENT_EVENT_KINDS.join('、')}` })
  kind!: DepartmentEventKind;

  @ApiProperty({ description: '事件发生日期 YYYY-MM-DD（中国时间）：不早于申报日期，不晚于今天', example: '2025-12-10' })
  @IsString({ message: '请填写事件发生日期，格式 YYYY-MM-DD' })
  on!: string;

  @ApiPropertyOptional({ description: 'resubmitted（补正后重新提交）：被退回的步骤 id；stepCompleted：本单位办理完成的步骤 id' })
  @IsOptional()
  @IsString({ message: '步骤 id 应为文本' })
  @MaxLength(64, { message: '步骤 id 过长' })
  step?: string;

  @ApiPropertyOptional({ description: 'reportSubmitted（报送报告、备案）：所履行义务的 id' })
  @IsOptional()
  @IsString({ message: '义务 id 应为文本' })
  @MaxLength(64, { message: '义务 id 过长' })
  obligation?: string;

  @ApiPropertyOptional({ description: 'contractSigned（签订合同）：合同金额，带单位，例如 80万元 或 1200.50元', example: '80万元' })
  @IsOptional()
  @IsString({ message: '金额应为带单位的文本，例如 80万元' })
  @MaxLength(40, { message: '金额过长' })
  amount?: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString({ message: '备注应为文本' })
  @MaxLength(1000, { message: '备注不能超过 1000 个字' })
  note?: string;
}
