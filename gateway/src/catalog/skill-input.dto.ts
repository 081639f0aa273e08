import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { CURRENCY_PATTERN, LEVELS, SLUG_PATTERN, type Level } from '@skillproof/contracts';

export class SalaryBandInputDto {
  @ApiProperty({ example: 'United States' }) @IsString() @Length(2, 60) region: string;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code' })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code' })
  currency: string;

  @ApiProperty({ example: 95000 }) @IsInt() @Min(0) @Max(10_000_000) junior: number;
  @ApiProperty({ example: 140000 }) @IsInt() @Min(0) @Max(10_000_000) mid: number;
  @ApiProperty({ example: 190000 }) @IsInt() @Min(0) @Max(10_000_000) senior: number;
}

export class FaqEntryInputDto {
  @ApiProperty() @IsString() @Length(5, 300) question: string;
  @ApiProperty() @IsString() @Length(5, 4_000) answer: string;
}

/** Everything an admin writes about a skill; related skills are named by slug. */
export class SkillCreateDto {
  @ApiProperty({ example: 'feature-engineering' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;

  @ApiProperty({ example: 'Feature Engineering' }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ example: 'AI & Data' }) @IsString() @Length(2, 100) category: string;

  @ApiProperty({
    minimum: 1,
    maximum: 3,
    description: '1 core skill in high demand, 2 specialism, 3 niche or emerging',
  })
  @IsInt()
  @Min(1)
  @Max(3)
  tier: number;

  @ApiProperty() @IsString() @Length(10, 500) summary: string;
  @ApiProperty() @IsString() @Length(10, 10_000) description: string;
  @ApiProperty() @IsString() @Length(10, 4_000) whyItMatters: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) difficulty: Level;
  @ApiProperty({ example: '3–6 months' }) @IsString() @Length(2, 200) timeToLearn: string;
  @ApiProperty({ example: '+$15k' }) @IsString() @Length(2, 200) salaryImpact: string;

  @ApiProperty({ type: [SalaryBandInputDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SalaryBandInputDto)
  salaryByRegion: SalaryBandInputDto[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(2, 200, { each: true })
  careerPaths: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  tools: string[];

  @ApiProperty({ type: [FaqEntryInputDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FaqEntryInputDto)
  faq: FaqEntryInputDto[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 100, { each: true })
  subTopics: string[];

  @ApiProperty({ type: [String], example: ['machine-learning'] })
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(SLUG_PATTERN, { each: true, message: 'each related skill must be lowercase words joined by hyphens' })
  relatedSkills: string[];
}

/**
 * A partial change to a skill; the slug is its identity and never changes. Null is not "leave
 * unchanged": every field present is validated, so null is refused.
 */
export class SkillUpdateDto extends PartialType(OmitType(SkillCreateDto, ['slug'] as const), {
  skipNullProperties: false,
}) {}
