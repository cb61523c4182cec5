import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** A comma-separated list (or repeated parameter / JSON array) of short texts; the values are checked by the service. */
@ValidatorConstraint({ name: 'textList' })
class TextList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    const items = Array.isArray(value) ? value : [value];
    return items.length <= 1_000 && items.every((item) => typeof item === 'string') && items.join(',').length <= 20_000;
  }
}

const SELECTION = '三选一：jurisdictions（各行政区划在比较日期现行的政策，无现行版本时取最新发布的版本）、versions（指定版本，草稿仅限有权查看者）、history（一个行政区划的全部已发布版本，按施行日期排列）';

/** GET /api/comparisons/matrix and /matrix.xlsx */
export class ComparisonQueryDto {
  @ApiPropertyOptional({ description: `行政区划代码，逗号分隔。${SELECTION}`, example: '441623,371702,141023,210882,360000', type: String })
  @IsOptional()
  @Validate(TextList, { message: 'jurisdictions 应为以逗号分隔的行政区划代码，例如 441623,371702' })
  jurisdictions?: string | string[];

  @ApiPropertyOptional({ description: '政策版本 ID，逗号分隔（可比较同一行政区划的不同版本，或含有权查看的草稿）', example: '441623-lianping:consultation-draft-2,371702-mudan:trial-2023', type: String })
  @IsOptional()
  @Validate(TextList, { message: 'versions 应为以逗号分隔的政策版本 ID' })
  versions?: string | string[];

  @ApiPropertyOptional({ description: '一个行政区划代码：比较其全部已发布版本（历次修订对照）', example: '441623' })
  @IsOptional()
  @IsString({ message: 'history 应为一个行政区划代码，例如 441623' })
  @MaxLength(16, { message: 'history 应为一个 6 位行政区划代码' })
  history?: string;

  @ApiPropertyOptional({ description: '比较日期 YYYY-MM-DD（据此判断现行版本和各版本状态，如“试行（已过期）”）；默认今天（北京时间）', example: '2025-10-01' })
  @IsOptional()
  @IsString({ message: '比较日期（at）应为 YYYY-MM-DD' })
  @MaxLength(32, { message: '比较日期（at）应为 YYYY-MM-DD' })
  at?: string;
}

/** POST /api/comparisons/outcomes and /outcomes.xlsx: the same selection in the body, and the sample project. */
export class CompareOutcomesDto {
  @ApiPropertyOptional({ description: `行政区划代码。${SELECTION}`, example: ['441623', '371702', '141023', '210882', '360000'], type: [String] })
  @IsOptional()
  @Validate(TextList, { message: 'jurisdictions 应为行政区划代码的数组，例如 ["441623","371702"]' })
  jurisdictions?: string[];

  @ApiPropertyOptional({ description: '政策版本 ID', type: [String] })
  @IsOptional()
  @Validate(TextList, { message: 'versions 应为政策版本 ID 的数组' })
  versions?: string[];

  @ApiPropertyOptional({ description: '一个行政区划代码：比较其全部已发布版本', example: '441623' })
  @IsOptional()
  @IsString({ message: 'history 应为一个行政区划代码，例如 441623' })
  @MaxLength(16, { message: 'history 应为一个 6 位行政区划代码' })
  history?: string;

  @ApiPropertyOptional({ description: '比较日期 YYYY-MM-DD；默认今天（北京时间）', example: '2025-10-01' })
  @IsOptional()
  @IsString({ message: '比较日期（at）应为 YYYY-MM-DD' })
  @MaxLength(32, { message: '比较日期（at）应为 YYYY-MM-DD' })
  at?: string;

  @ApiProperty({
    description:
      '样例项目，格式同命令行 --project 文件（docs/cli-input.md）：facts 为事实键 → 值（金额写单位，如 "80万元"；是非题 true/false；选项写取值），events 为带日期的事件，如 [{"kind":"submitted","on":"2025-09-30"}]',
    type: 'object',
    additionalProperties: true,
    example: { facts: { totalInvestment: '80万元', involvesCryptography: false }, events: [{ kind: 'submitted', on: '2025-09-30' }] },
  })
  @IsObject({ message: '请提供样例项目（project）：{ "facts": {...}, "events": [...] }' })
  project!: Record<string, unknown>;
}
