import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateProjectRequest } from '@banfa/api-contract';
import { IsBoolean, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateProjectDto implements CreateProjectRequest {
  @ApiPropertyOptional({ description: '填写表单所依据的政策版本；若现行版本已不是它，返回 409，请刷新后按现行版本填写' })
  @IsOptional()
  @IsString({ message: '政策版本应为文本' })
  @MaxLength(64, { message: '政策版本标识过长' })
  policyVersionId?: string;

  @ApiPropertyOptional({ description: '申报表（如 附表1 项目立项申请表）的填写内容；草稿可以不完整', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject({ message: '表单内容应为对象' })
  formValues?: Record<string, unknown>;

  @ApiPropertyOptional({ description: '规则所需信息（表单未涉及、规则需要判断的事项）的回答', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject({ message: '规则所需信息应为对象' })
  factAnswers?: Record<string, unknown>;

  @ApiPropertyOptional({ description: '为 true 时一步完成：校验全部内容并提交申报（校验不通过则什么也不保存）' })
  @IsOptional()
  @IsBoolean({ message: 'submit 应为 true 或 false' })
  submit?: boolean;
}
