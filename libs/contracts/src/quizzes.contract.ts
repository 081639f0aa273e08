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
  ValidateNested,
} from 'class-validator';
import { PrincipalPayload } from './principal';
import { SLUG_PATTERN } from './catalog.contract';
import { defineRequest } from './definitions';
import { LEVELS, type Level } from './levels';

export const MIN_QUIZ_QUESTIONS = 3;
export const MAX_QUIZ_QUESTIONS = 15;
export const DEFAULT_QUIZ_QUESTIONS = 5;

export class QuizCreateRequest {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be a slug' })
  skill: string;

  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_QUIZ_QUESTIONS)
  @Max(MAX_QUIZ_QUESTIONS)
  questionCount?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal?: PrincipalPayload;
}

/** A quiz as the learner sees it: no answer key, no explanations. */
export interface QuizView {
  id: string;
  skill: string;
  level: Level;
  source: QuizSource;
  questions: Array<{ id: string; prompt: string; choices: Array<{ id: string; text: string }> }>;
}

export class QuizAnswerInput {
  @IsString()
  @MaxLength(40)
  questionId: string;

  @IsString()
  @MaxLength(40)
  choice: string;
}

export class QuizAnswerRequest {
  @IsUUID()
  id: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUIZ_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerInput)
  answers: QuizAnswerInput[];

  @IsOptional()
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal?: PrincipalPayload;
}

export interface QuizResult {
  quizId: string;
  score: number;
  results: Array<{ questionId: string; correct: boolean; correctChoice: string; explanation: string }>;
}

export const QUIZ_SOURCES = ['openai', 'question-bank'] as const;
export type QuizSource = (typeof QUIZ_SOURCES)[number];

/** A question with its key, as the grading service hands it over; it never leaves the services. */
export interface KeyedQuestion {
  prompt: string;
  choices: string[];
  answerIndex: number;
  explanation: string;
}

export class QuizGenerateRequest {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN)
  skill: string;

  @IsIn(LEVELS)
  level: Level;

  @Type(() => Number)
  @IsInt()
  @Min(MIN_QUIZ_QUESTIONS)
  @Max(MAX_QUIZ_QUESTIONS)
  questionCount: number;
}

export interface GeneratedQuiz {
  source: QuizSource;
  model: string | null;
  questions: KeyedQuestion[];
}

export const QuizzesRequests = {
  create: defineRequest<QuizCreateRequest, QuizView>('challenges.quiz.create'),
  answer: defineRequest<QuizAnswerRequest, QuizResult>('challenges.quiz.answer'),
} as const;

export const QuizGenerationRequests = {
  /** Questions with their key, from the AI provider or the question bank. */
  generate: defineRequest<QuizGenerateRequest, GeneratedQuiz>('grading.quiz.generate'),
} as const;
