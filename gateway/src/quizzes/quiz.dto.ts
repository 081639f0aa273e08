import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LEVELS,
  MAX_QUIZ_QUESTIONS,
  MIN_QUIZ_QUESTIONS,
  QUIZ_SOURCES,
  SLUG_PATTERN,
  type Level,
  type QuizSource,
} from '@skillproof/contracts';

@InputType('QuizCreateInput')
export class QuizCreateDto {
  @Field()
  @ApiProperty({ example: 'machine-learning' })
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be a slug' })
  skill: string;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ enum: LEVELS, default: 'beginner' })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;

  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({ minimum: MIN_QUIZ_QUESTIONS, maximum: MAX_QUIZ_QUESTIONS, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_QUIZ_QUESTIONS)
  @Max(MAX_QUIZ_QUESTIONS)
  questionCount?: number;
}

@ObjectType('QuizChoice')
export class QuizChoiceDto {
  @Field() @ApiProperty({ example: 'b' }) id: string;
  @Field() @ApiProperty() text: string;
}

@ObjectType('QuizQuestion')
export class QuizQuestionDto {
  @Field() @ApiProperty({ example: 'q1' }) id: string;
  @Field() @ApiProperty() prompt: string;
  @Field(() => [QuizChoiceDto]) @ApiProperty({ type: [QuizChoiceDto] }) choices: QuizChoiceDto[];
}

/** A quiz as the learner gets it: questions and choices, never the key. */
@ObjectType('Quiz')
export class QuizDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() skill: string;
  @Field(() => String) @ApiProperty({ enum: LEVELS }) level: Level;
  @Field(() => String) @ApiProperty({ enum: QUIZ_SOURCES }) source: QuizSource;
  @Field(() => [QuizQuestionDto]) @ApiProperty({ type: [QuizQuestionDto] }) questions: QuizQuestionDto[];
}

@InputType('QuizAnswerInput')
export class QuizAnswerDto {
  @Field() @ApiProperty({ example: 'q1' }) @IsString() @MaxLength(40) questionId: string;
  @Field() @ApiProperty({ example: 'b', description: 'A choice id' }) @IsString() @MaxLength(40) choice: string;
}

@InputType('QuizAnswersInput')
export class QuizAnswersDto {
  @Field(() => [QuizAnswerDto])
  @ApiProperty({ type: [QuizAnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUIZ_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerDto)
  answers: QuizAnswerDto[];
}

@ObjectType('QuizQuestionResult')
export class QuizQuestionResultDto {
  @Field() @ApiProperty() questionId: string;
  @Field() @ApiProperty() correct: boolean;
  @Field() @ApiProperty() correctChoice: string;
  @Field() @ApiProperty() explanation: string;
}

@ObjectType('QuizResult')
export class QuizResultDto {
  @Field() @ApiProperty({ format: 'uuid' }) quizId: string;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @Field(() => [QuizQuestionResultDto])
  @ApiProperty({ type: [QuizQuestionResultDto] })
  results: QuizQuestionResultDto[];
}
