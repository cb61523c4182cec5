import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChangeRequestBody } from '@banfa/api-contract';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

class ChangeLineDoc {
  @ApiPropertyOptional({ description: '原小计，带单位', example: '5万元' })
  old?: string;

  @ApiPropertyOptional({ description: '现小计，带单位', example: '8万元' })
  new?: string;
}

/** 附表3 项目变更单 as in scenario files: the changed lines (原小计 / 现小计) and the total after the change. */
export class ChangeRequestDto implements ChangeRequestBody {
  @ApiPropertyOptional({ description: '申请日期 YYYY-MM-DD；不填为今天' })
  @IsOptional()
  @IsString({ message: '申请日期应为 YYYY-MM-DD' })
  on?: string;

  @ApiPropertyOptional({ description: '变更清单的各行（原小计、现小计）', type: [ChangeLineDoc] })
  @IsOptional()
  @IsArray({ message: '变更清单 lines 应为数组，例如 [{"old":"5万元","new":"8万元"}]' })
  @ArrayMaxSize(200, { message: '变更清单不能超过 200 行' })
  lines?: Array<{ old?: string; new?: string }>;

  @ApiPropertyOptional({ description: '变更后项目总金额，带单位', example: '80万元' })
  @IsOptional()
  @IsString({ message: '变更后总金额应为带单位的文本，例如 80万元' })
  @MaxLength(40, { message: '金额过长' })
  newTotal?: string;

  @ApiPropertyOptional({ description: '申请所述的变更金额，带单位（政策按申报金额计量时使用）', example: '8万元' })
  @IsOptional()
  @IsString({ message: '变更金额应为带单位的文本，例如 8万元' })
  @MaxLength(40, { message: '金额过长' })
  changedAmount?: string;

  @ApiProperty({ description: '变更内容和依据', required: false })
  @IsOptional()
  @IsString({ message: '变更内容应为文本' })
  @MaxLength(4000, { message: '变更内容不能超过 4000 个字' })
  description?: string;

  @ApiPropertyOptional({ description: '变更规定的表单（如 连平县 附表3 项目变更单）的填写内容，用于存档和打印', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject({ message: '变更单内容 formValues 应为对象' })
  formValues?: Record<string, unknown>;
}
