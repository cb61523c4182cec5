import { IsIn, IsOptional, Matches } from 'class-validator';

/** GET /api/organisations — optional narrowing of the organisations the user may read. */
export class OrganisationQueryDto {
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'jurisdictionCode 应为 6 位行政区划代码（GB/T 2260），如 441623' })
  jurisdictionCode?: string;

  @IsOptional()
  @IsIn(['department', 'review-body'], { message: 'kind 应为 department（项目建设单位）或 review-body（审查机构）' })
  kind?: 'department' | 'review-body';
}
