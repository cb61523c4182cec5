import { ApiProperty } from '@nestjs/swagger';
import type { SaveDraftRequest } from '@banfa/api-contract';
import { IsInt, IsObject, Min } from 'class-validator';

export class SaveDraftDto implements SaveDraftRequest {
  @ApiProperty({ description: '申报表的填写内容（草稿可以不完整）', type: 'object', additionalProperties: true })
  @IsObject({ message: '表单内容应为对象' })
  formValues!: Record<string, unknown>;

  @ApiProperty({ description: '规则所需信息的回答（草稿可以不完整）', type: 'object', additionalProperties: true })
  @IsObject({ message: '规则所需信息应为对象' })
  factAnswers!: Record<string, unknown>;

  @ApiProperty({ description: '读取草稿时得到的 lockVersion；已被他人保存过则返回 409' })
  @IsInt({ message: '缺少 lockVersion（读取项目时返回的版本号），请刷新后重试' })
  @Min(1, { message: 'lockVersion 应为正整数' })
  lockVersion!: number;
}
