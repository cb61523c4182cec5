import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsString, ValidateNested, validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { validationDetails } from './validation-details';

class Line {
  @IsString({ message: '应为文字' })
  name!: string;
}

class Body {
  @IsString({ message: '缺少标题' })
  title!: string;

  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

describe('validationDetails', () => {
  it('names nested fields with their full path', () => {
    const body = Object.assign(new Body(), { lines: [Object.assign(new Line(), { name: 'a' }), Object.assign(new Line(), { name: 3 })] });
    expect(validationDetails(validateSync(body))).toEqual([
      { field: 'title', message: '缺少标题' },
      { field: 'lines[1].name', message: '应为文字' },
    ]);
  });
});
