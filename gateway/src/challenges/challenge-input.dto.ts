import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  COOLDOWN_DAYS,
  CRITERION_KEY_PATTERN,
  DEFAULT_PAGE_SIZE,
  LEVELS,
  MAX_CHALLENGE_SKILLS,
  MAX_PAGE_SIZE,
  SLUG_PATTERN,
  type Level,
} from '@skillproof/contracts';

@InputType('RubricCriterionInput')
export class RubricCriterionInputDto {
  @Field()
  @ApiProperty({ example: 'metric_choice' })
  @Matches(CRITERION_KEY_PATTERN, { message: 'key must be lowercase letters, digits and underscores' })
  key: string;

  @Field()
  @ApiProperty({ example: 'Chooses a metric suited to rare positives and justifies it.' })
  @IsString()
  @MinLength(10)
  @MaxLength(1_000)
  description: string;

  @Field(() => Int)
  @ApiProperty({ example: 40, minimum: 1, maximum: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;
}

@InputType('RubricInput')
export class RubricInputDto {
  @Field(() => [RubricCriterionInputDto])
  @ApiProperty({ type: [RubricCriterionInputDto], description: 'Weights must add up to 100' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInputDto)
  criteria: RubricCriterionInputDto[];
}

@InputType('ChallengeCreateInput')
export class ChallengeCreateDto {
  @Field() @ApiProperty() @IsString() @MinLength(5) @MaxLength(200) title: string;

  @Field() @ApiProperty() @IsString() @MinLength(20) @MaxLength(10_000) brief: string;

  @Field(() => [String])
  @ApiProperty({ type: [String], example: ['machine-learning'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHALLENGE_SKILLS)
  @Matches(SLUG_PATTERN, { each: true, message: 'each skill must be a slug' })
  skills: string[];

  @Field(() => String) @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) difficulty: Level;

  @Field(() => Int)
  @ApiProperty({ example: 45, minimum: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(7 * 24 * 60)
  timeLimitMinutes: number;

  @Field(() => RubricInputDto)
  @ApiProperty({ type: RubricInputDto })
  @ValidateNested()
  @Type(() => RubricInputDto)
  rubric: RubricInputDto;

  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({
    minimum: COOLDOWN_DAYS.min,
    maximum: COOLDOWN_DAYS.max,
    description: `Days a candidate waits between graded attempts; ${COOLDOWN_DAYS.default} when not given`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(COOLDOWN_DAYS.min)
  @Max(COOLDOWN_DAYS.max)
  cooldownDays?: number;
}

@InputType('ChallengeUpdateInput')
export class ChallengeUpdateDto {
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(10_000)
  brief?: string;

  @Field(() => [String], { nullable: true })
  @ApiPropertyOptional({ type: [String], description: 'Changing the skills withdraws an approval' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHALLENGE_SKILLS)
  @Matches(SLUG_PATTERN, { each: true, message: 'each skill must be a slug' })
  skills?: string[];

  @Field(() => RubricInputDto, { nullable: true })
  @ApiPropertyOptional({ type: RubricInputDto, description: 'A new rubric version; withdraws an approval' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RubricInputDto)
  rubric?: RubricInputDto;

  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({ minimum: COOLDOWN_DAYS.min, maximum: COOLDOWN_DAYS.max })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(COOLDOWN_DAYS.min)
  @Max(COOLDOWN_DAYS.max)
  cooldownDays?: number;
}

/** Why a grade or a challenge was judged as it was; kept with the decision. */
@InputType('ReasonInput')
export class ReasonDto {
  @Field() @ApiProperty() @IsString() @MinLength(10) @MaxLength(2_000) reason: string;
}

@ArgsType()
export class ChallengeListArgs {
  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ example: 'machine-learning' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be a slug' })
  skill?: string;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  difficulty?: Level;
}

/** A resource named by its id in a REST path or as a GraphQL argument. */
@ArgsType()
export class IdParams {
  @Field() @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

@InputType('SubmissionInput')
export class SubmissionCreateDto {
  @Field()
  @ApiProperty({ description: 'The work, as text (Markdown welcome)' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  content: string;
}

@InputType('GradeOverrideInput')
export class GradeOverrideDto {
  @Field(() => Int)
  @ApiProperty({ minimum: 0, maximum: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field() @ApiProperty() @IsString() @MinLength(10) @MaxLength(2_000) reason: string;
}
