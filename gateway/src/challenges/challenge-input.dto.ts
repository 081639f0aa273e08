import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CHALLENGE_KINDS,
  CODE_LANGUAGES,
  CODE_LIMIT_BOUNDS,
  COOLDOWN_DAYS,
  CRITERION_KEY_PATTERN,
  DEFAULT_PAGE_SIZE,
  ENTRY_POINT_PATTERN,
  LEVELS,
  MAX_CODE_TESTS,
  MAX_SOURCE_LENGTH,
  MAX_CHALLENGE_SKILLS,
  MAX_PAGE_SIZE,
  SLUG_PATTERN,
  type ChallengeKind,
  type CodeLanguage,
  type Level,
} from '@skillproof/contracts';
import { ANY_JSON_VALUE } from '../docs/any-json-value';
import { JsonScalar } from '../graphql/json.scalar';

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

@InputType('CodeTestInput')
export class CodeTestInputDto {
  @Field() @ApiProperty({ example: 'balanced classes' }) @IsString() @MinLength(1) @MaxLength(200) name: string;

  @Field(() => [JsonScalar])
  @ApiProperty({
    type: 'array',
    items: {},
    example: [
      [
        [5, 1],
        [2, 4],
      ],
    ],
    description: "The entry point's arguments",
  })
  @IsArray()
  @ArrayMaxSize(20)
  args: unknown[];

  /** Any JSON value, null included. */
  @Field(() => JsonScalar, { nullable: true })
  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'The JSON value the entry point must return',
    example: { precision: 0.8 },
  })
  @Allow()
  expected: unknown;

  @Field(() => Int)
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Weights of the tests add up to 100' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;

  @Field()
  @ApiProperty({ description: 'Hidden tests never show their arguments or expected value to candidates' })
  @IsBoolean()
  hidden: boolean;
}

@InputType('SqlSetupInput')
export class SqlSetupInputDto {
  @Field()
  @ApiProperty({ description: "The schema every test's data and the candidate's query run on" })
  @IsString()
  @MaxLength(20_000)
  schema: string;
}

@InputType('CodeScoringInput')
export class CodeScoringInputDto {
  @Field(() => Int)
  @ApiProperty({ example: 80, minimum: 0, maximum: 100, description: "The tests' share of the score, in percent" })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  tests: number;

  @Field(() => Int)
  @ApiProperty({
    example: 20,
    minimum: 0,
    maximum: 100,
    description: "The AI review's share, by the challenge's rubric; above 0 exactly when there is a rubric",
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  review: number;
}

@InputType('CodeChallengeInput')
export class CodeChallengeInputDto {
  @Field(() => String) @ApiProperty({ enum: CODE_LANGUAGES }) @IsIn(CODE_LANGUAGES) language: CodeLanguage;

  @Field()
  @ApiProperty({ example: 'classification_metrics', description: 'The function the tests call' })
  @IsString()
  @Matches(ENTRY_POINT_PATTERN, { message: 'entrypoint must be an identifier' })
  entrypoint: string;

  @Field() @ApiProperty() @IsString() @MaxLength(MAX_SOURCE_LENGTH) starterCode: string;

  @Field()
  @ApiProperty({ description: 'Must pass every test before the challenge can be published' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SOURCE_LENGTH)
  referenceSolution: string;

  @Field(() => [CodeTestInputDto])
  @ApiProperty({ type: [CodeTestInputDto], maxItems: MAX_CODE_TESTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CODE_TESTS)
  @ValidateNested({ each: true })
  @Type(() => CodeTestInputDto)
  tests: CodeTestInputDto[];

  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({
    minimum: CODE_LIMIT_BOUNDS.timeMs.min,
    maximum: CODE_LIMIT_BOUNDS.timeMs.max,
    description: `Per test; ${CODE_LIMIT_BOUNDS.timeMs.default} when not given`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.timeMs.min)
  @Max(CODE_LIMIT_BOUNDS.timeMs.max)
  timeLimitMs?: number;

  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({
    minimum: CODE_LIMIT_BOUNDS.memoryMb.min,
    maximum: CODE_LIMIT_BOUNDS.memoryMb.max,
    description: `${CODE_LIMIT_BOUNDS.memoryMb.default} when not given`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.memoryMb.min)
  @Max(CODE_LIMIT_BOUNDS.memoryMb.max)
  memoryLimitMb?: number;

  @Field(() => SqlSetupInputDto, { nullable: true })
  @ApiPropertyOptional({ type: SqlSetupInputDto, description: 'SQL challenges only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SqlSetupInputDto)
  sql?: SqlSetupInputDto;

  @Field(() => CodeScoringInputDto, { nullable: true })
  @ApiPropertyOptional({
    type: CodeScoringInputDto,
    description:
      'How the score splits between tests and an AI review of the code (when a model is configured); ' +
      'the two add up to 100; tests 100 when not given',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CodeScoringInputDto)
  scoring?: CodeScoringInputDto;
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

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ enum: CHALLENGE_KINDS, description: '"rubric" when not given' })
  @IsOptional()
  @IsIn(CHALLENGE_KINDS)
  kind?: ChallengeKind;

  @Field(() => RubricInputDto, { nullable: true })
  @ApiPropertyOptional({
    type: RubricInputDto,
    description:
      'Required for rubric challenges; for code ones, the criteria of the AI review of quality, ' +
      'given exactly when code.scoring.review is above 0',
  })
  @ValidateIf((input: ChallengeCreateDto) => input.kind !== 'code' || input.rubric !== undefined)
  @ValidateNested()
  @Type(() => RubricInputDto)
  rubric?: RubricInputDto;

  @Field(() => CodeChallengeInputDto, { nullable: true })
  @ApiPropertyOptional({ type: CodeChallengeInputDto, description: 'Required for code challenges' })
  @ValidateIf((input: ChallengeCreateDto) => input.kind === 'code' || input.code !== undefined)
  @IsDefined({ message: 'code is required for a code challenge' })
  @ValidateNested()
  @Type(() => CodeChallengeInputDto)
  code?: CodeChallengeInputDto;

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
