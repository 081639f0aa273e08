import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { defineRequest } from './definitions';
import type { GraderName } from './grading.contract';

/** Languages the grading sandbox runs (DESIGN.md, Code challenges). */
export const CODE_LANGUAGES = ['python', 'javascript', 'typescript', 'sql'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** What happened to one test: the only outcomes a grade shows (API.md, Code challenges). */
export const CODE_TEST_STATUSES = ['passed', 'failed', 'error', 'timeout', 'memory'] as const;
export type CodeTestStatus = (typeof CODE_TEST_STATUSES)[number];

/** An entry point is a plain identifier in every language, so no harness ever splices code. */
export const ENTRY_POINT_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Bounds of a challenge's limits, and the value used when an author names none. */
export const CODE_LIMIT_BOUNDS = {
  timeMs: { min: 50, max: 10_000, default: 2_000 },
  memoryMb: { min: 16, max: 512, default: 128 },
  outputBytes: { min: 1_024, max: 1_048_576, default: 65_536 },
} as const;

export const MAX_CODE_TESTS = 50;
export const MAX_SOURCE_LENGTH = 100_000;

export class CodeTestCase {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  /** Positional arguments of the entry point; for SQL, `[setupSql]`: the data this test's query runs on. */
  @IsArray()
  @ArrayMaxSize(20)
  args: unknown[];

  /** Any JSON value, null included. */
  @Allow()
  expected: unknown;

  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;

  @IsBoolean()
  hidden: boolean;
}

export class CodeLimits {
  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.timeMs.min)
  @Max(CODE_LIMIT_BOUNDS.timeMs.max)
  timeMs: number;

  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.memoryMb.min)
  @Max(CODE_LIMIT_BOUNDS.memoryMb.max)
  memoryMb: number;

  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.outputBytes.min)
  @Max(CODE_LIMIT_BOUNDS.outputBytes.max)
  outputBytes: number;
}

/** SQL challenges: the schema every test starts from; each test's `args[0]` adds its rows. */
export class SqlChallengeSetup {
  @IsString()
  @MaxLength(20_000)
  schema: string;
}

/**
 * How a code challenge's score splits between its tests and an AI review of the code against its
 * rubric, in percent; the two add up to 100, and a review weight needs a rubric.
 */
export class CodeScoring {
  @IsInt()
  @Min(0)
  @Max(100)
  tests: number;

  @IsInt()
  @Min(0)
  @Max(100)
  review: number;
}

/** The scoring of a code challenge whose author states none, and of one graded without its review. */
export const TESTS_ONLY_SCORING: Readonly<CodeScoring> = { tests: 100, review: 0 };

/** Everything the sandbox needs to grade one submission of a code challenge. */
export class CodeChallengeSpec {
  @IsIn(CODE_LANGUAGES)
  language: CodeLanguage;

  @IsString()
  @Matches(ENTRY_POINT_PATTERN, { message: 'entryPoint must be an identifier' })
  entryPoint: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CODE_TESTS)
  @ValidateNested({ each: true })
  @Type(() => CodeTestCase)
  tests: CodeTestCase[];

  @ValidateNested()
  @Type(() => CodeLimits)
  limits: CodeLimits;

  @IsOptional()
  @ValidateNested()
  @Type(() => SqlChallengeSetup)
  sql?: SqlChallengeSetup;

  /** Tests only when absent. */
  @IsOptional()
  @ValidateNested()
  @Type(() => CodeScoring)
  scoring?: CodeScoring;
}

/** One test's outcome. `expected`/`actual`/`message` are present for visible tests only. */
export interface CodeTestResult {
  name: string;
  hidden: boolean;
  weight: number;
  status: CodeTestStatus;
  timeMs: number;
  expected?: unknown;
  actual?: unknown;
  message?: string;
}

export interface CodeRunResult {
  /** Weighted share of passed tests, 0..100, rounded to an integer. */
  score: number;
  tests: CodeTestResult[];
}

/**
 * What became of a code grade's AI review: `reviewed` (it counts at its stated weight), `no_model`
 * (no model is configured, so the tests made the whole score) or `failed` (the model gave no usable
 * review, so the tests made the whole score).
 */
export const CODE_REVIEW_OUTCOMES = ['reviewed', 'no_model', 'failed'] as const;
export type CodeReviewOutcome = (typeof CODE_REVIEW_OUTCOMES)[number];

/**
 * How a code grade's score was made from its tests and its AI review, so that anyone reading the
 * grade can redo the sum.
 */
export interface CodeGradeScoring {
  /** The split the challenge states. */
  stated: CodeScoring;
  /** The split that made this score: the stated one when the review counted, tests 100 otherwise. */
  applied: CodeScoring;
  /** Weighted share of passed tests, 0–100. */
  testsScore: number;
  /** The review's 0–100 as counted; null when no review counted. */
  reviewScore: number | null;
  /** The computation in words, e.g. "Tests 80% × 60 + AI review 20% × 75 = 63". */
  note: string;
}

/**
 * A model's review of a code submission against the challenge's rubric: an opinion, labelled as
 * such, beside the tests' facts. Its per-criterion grades are the grade's `criteria`.
 */
export interface CodeAiReview {
  outcome: CodeReviewOutcome;
  /** 0–100 over the rubric as counted (after any hold); null unless reviewed. */
  score: number | null;
  /** The reviewer's overall feedback; null unless reviewed. */
  feedback: string | null;
  grader: GraderName | null;
  graderVersion: string | null;
  model: string | null;
  /**
   * The code addressed its reviewer (asked for a score, claimed to be instructions): the review
   * counted no higher than the tests' score, and the grade is flagged for a person to look at.
   */
  held: boolean;
  /** Why the review did not count (`no_model`, `failed`); null when it did. */
  reason: string | null;
}

/** An author's reference solution, run against every test of the challenge (hidden ones included). */
export class CodeDryRunRequest {
  @ValidateNested()
  @Type(() => CodeChallengeSpec)
  spec: CodeChallengeSpec;

  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SOURCE_LENGTH)
  source: string;
}

export const CodeRequests = {
  /** Runs code against a challenge's tests in grading's sandbox, as publishing a code challenge does. */
  dryRun: defineRequest<CodeDryRunRequest, CodeRunResult>('grading.code.dry_run'),
} as const;
