import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CURRENCY_PATTERN, SALARY_LEVELS, SLUG_PATTERN, type SalaryLevel } from '@skillproof/contracts';

export class CareerSalaryRangeInputDto {
  @ApiProperty({ enum: SALARY_LEVELS }) @IsIn(SALARY_LEVELS) level: SalaryLevel;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code' })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;

  @ApiProperty({ example: 120000 }) @IsInt() @Min(0) @Max(10_000_000) min: number;
  @ApiProperty({ example: 160000 }) @IsInt() @Min(0) @Max(10_000_000) max: number;
}

export class CareerSkillInputDto {
  @ApiProperty({ example: 'python' })
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'skill must be lowercase words joined by hyphens' })
  skill: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'How much the role leans on the skill' })
  @IsInt()
  @Min(1)
  @Max(5)
  weight: number;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'The self-rated level at which the skill stops being a gap' })
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;
}

export class CareerCreateDto {
  @ApiProperty({ example: 'ml-engineer' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;

  @ApiProperty({ example: 'Machine Learning Engineer' }) @IsString() @Length(2, 100) role: string;
  @ApiProperty() @IsString() @Length(10, 1_000) summary: string;

  @ApiProperty({ type: [CareerSalaryRangeInputDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CareerSalaryRangeInputDto)
  salaryRanges: CareerSalaryRangeInputDto[];

  @ApiProperty({ type: [CareerSkillInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CareerSkillInputDto)
  skills: CareerSkillInputDto[];

  @ApiProperty({ type: [String], example: ['finance'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, { each: true, message: 'each industry must be lowercase words joined by hyphens' })
  industries: string[];

  @ApiProperty({ type: [String], example: ['research', 'production systems'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 50, { each: true })
  interests: string[];
}

/** A partial change to a career; the slug never changes, and null is refused like any bad value. */
export class CareerUpdateDto extends PartialType(OmitType(CareerCreateDto, ['slug'] as const), {
  skipNullProperties: false,
}) {}
