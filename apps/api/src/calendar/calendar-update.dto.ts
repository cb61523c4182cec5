import { IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** PUT /api/calendar/:year — the year's arrangement as an administrator enters or corrects it. */
export class CalendarYearUpdateDto {
  @IsBoolean({ message: 'published 应为 true（该年放假安排已完整录入）或 false' })
  published!: boolean;

  @IsOptional()
  @IsString({ message: 'note 应为文字，如“国办发明电〔2026〕X号”' })
  @MaxLength(300, { message: 'note 不能超过 300 个字' })
  note?: string | null;

  /** Each day whose status differs from the package's: { day: YYYY-MM-DD, working, note? }; checked in calendar-overrides.parse.ts. */
  @IsArray({ message: 'overrides 应为列表，如 [{ "day": "2030-10-08", "working": false, "note": "国庆节" }]；没有更正时为 []' })
  overrides!: unknown[];
}
