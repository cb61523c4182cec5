import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** GET /api/audit — which entries to list, newest first. */
export class AuditQueryDto {
  @IsOptional()
  @IsString({ message: 'subjectType 应为对象类型，如 Calendar、PolicyVersion、Project' })
  @MaxLength(40, { message: 'subjectType 不能超过 40 个字符' })
  subjectType?: string;

  @IsOptional()
  @IsString({ message: 'subjectId 应为对象标识' })
  @MaxLength(100, { message: 'subjectId 不能超过 100 个字符' })
  subjectId?: string;

  @IsOptional()
  @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit 应为 1–500 之间的整数（默认 100）' })
  limit?: string;

  /** Paging: entries numbered below this one (the seq of the last entry of the previous page). */
  @IsOptional()
  @Matches(/^[1-9]\d{0,8}$/, { message: 'before 应为正整数：上一页最后一条记录的序号' })
  before?: string;
}
