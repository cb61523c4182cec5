import type { CreatePolicyDraftRequest, ImportPolicyRequest, PublishPolicyRequest, SavePolicyDraftRequest } from '@banfa/api-contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isCalendarDate } from './effective-window';

// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

/** A YYYY-MM-DD date that exists in the calendar. */
@ValidatorConstraint({ name: 'calendarDate' })
class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }
}

export class CreateDraftDto implements CreatePolicyDraftRequest {
  @ApiProperty({ description: '作为起点的政策版本 ID（可以是任一你有权查看的版本）', example: '441623-lianping:consultation-draft-2' })
  @IsString({ message: '请填写作为起点的政策版本（basedOn）' })
  @MinLength(1, { message: '请填写作为起点的政策版本（basedOn）' })
  @MaxLength(64, { message: '政策版本 ID 最长 64 个字符' })
  @Matches(NO_CONTROL_CHARACTERS, { message: '政策版本 ID 不能含有控制字符' })
  basedOn!: string;
}

const SCENARIOS_DESCRIPTION =
  '场景测试文件（YAML，格式同 policies/ 中的 *.scenarios.yaml）；不填表示不变，null 或空白表示删除全部场景测试';

/** A save: exactly one of `yaml` and `content` (checked by the service, which names the field). */
export class SaveDraftDto implements SavePolicyDraftRequest {
  @ApiPropertyOptional({ description: '完整的政策文件 YAML 文本，按原样保存（含注释和排版）；错误给出字段路径和行:列。与 content 二选一' })
  @IsOptional()
  @IsString({ message: '政策文件（yaml）应为文字' })
  yaml?: string;

  @ApiPropertyOptional({
    description: '完整的政策文件内容（与 policies/ 中 YAML 文件的结构相同）；保存后其 YAML 文本随之改写，未改动部分的注释和排版保留。与 yaml 二选一',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject({ message: '政策内容（content）应为对象' })
  content?: Record<string, unknown>;

  @ApiPropertyOptional({ description: SCENARIOS_DESCRIPTION, type: 'string', nullable: true })
  @IsOptional()
  @IsString({ message: '场景测试（scenarios）应为 YAML 文字或 null' })
  scenarios?: string | null;

  @ApiProperty({ description: '打开草稿时读到的锁版本号（lockVersion）；期间有人保存过则返回 409，修改不会覆盖他人的内容', example: 1 })
  @IsInt({ message: '锁版本号（lockVersion）应为整数，取自读取草稿时的 lockVersion' })
  @Min(1, { message: '锁版本号（lockVersion）应不小于 1' })
  lockVersion!: number;
}

export class ImportPolicyDto implements ImportPolicyRequest {
  @ApiProperty({ description: 'policies/ 目录中政策文件（*.policy.yaml）的全文' })
  @IsString({ message: '请提供政策文件的 YAML 文本（yaml）' })
  @MinLength(1, { message: '政策文件内容为空' })
  yaml!: string;

  @ApiPropertyOptional({ description: '文件名，用于错误提示中的位置（文件:行:列）', example: '441623-lianping/consultation-draft-3.policy.yaml' })
  @IsOptional()
  @IsString({ message: '文件名（fileName）应为文字' })
  @MaxLength(200, { message: '文件名（fileName）最长 200 个字符' })
  @Matches(NO_CONTROL_CHARACTERS, { message: '文件名（fileName）不能含有控制字符' })
  fileName?: string;

  @ApiPropertyOptional({ description: '该版本的场景测试文件（YAML，格式同 policies/ 中的 *.scenarios.yaml），与政策文件一同校验' })
  @IsOptional()
  @IsString({ message: '场景测试（scenarios）应为 YAML 文字' })
  scenarios?: string;
}

export class PublishDto implements PublishPolicyRequest {
  @ApiProperty({ description: '施行日期（含当日），YYYY-MM-DD', example: '2025-10-01' })
  @Validate(CalendarDate, { message: '施行日期（effectiveFrom）应为有效日期，格式 YYYY-MM-DD，例如 2025-10-01' })
  effectiveFrom!: string;

  @ApiPropertyOptional({ description: '截止日期（含当日），YYYY-MM-DD；不填表示长期有效', example: '2027-09-30' })
  @IsOptional()
  @Validate(CalendarDate, { message: '截止日期（effectiveTo）应为有效日期，格式 YYYY-MM-DD，例如 2027-09-30' })
  effectiveTo?: string;

  @ApiPropertyOptional({ description: '若上一版本长期有效，将其截止日期设为新版本施行日期的前一天；否则施行期间重叠时拒绝发布' })
  @IsOptional()
  @IsBoolean({ message: '结束上一版本（endPrevious）应为 true 或 false' })
  endPrevious?: boolean;

  @ApiPropertyOptional({ description: '试运行：只返回发布将产生的影响（重叠的版本、在办项目），不做任何修改' })
  @IsOptional()
  @IsBoolean({ message: '试运行（dryRun）应为 true 或 false' })
  dryRun?: boolean;

  @ApiPropertyOptional({ description: '审阅时读到的锁版本号；填写后，如草稿在此之后被修改则拒绝发布（409）' })
  @IsOptional()
  @IsInt({ message: '锁版本号（lockVersion）应为整数' })
  @Min(1, { message: '锁版本号（lockVersion）应不小于 1' })
  lockVersion?: number;
}

export class DiffQueryDto {
  @ApiProperty({ description: '与之比较的政策版本 ID（作为“修改前”）', example: '441623-lianping:consultation-draft-2' })
  @IsString({ message: '请用 against 参数指定要比较的政策版本' })
  @MinLength(1, { message: '请用 against 参数指定要比较的政策版本' })
  @MaxLength(64, { message: '政策版本 ID 最长 64 个字符' })
  @Matches(NO_CONTROL_CHARACTERS, { message: '政策版本 ID 不能含有控制字符' })
  against!: string;
}
