import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { PrincipalPayload } from './principal';
import {
  CODE_LANGUAGES,
  CODE_LIMIT_BOUNDS,
  CodeTestCase,
  ENTRY_POINT_PATTERN,
  MAX_CODE_TESTS,
  MAX_SOURCE_LENGTH,
  CodeScoring,
  SqlChallengeSetup,
  type CodeAiReview,
  type CodeChallengeSpec,
  type CodeGradeScoring,
  type CodeLanguage,
  type CodeTestResult,
} from './code-challenge.contract';
import { defineEvent, defineRequest } from './definitions';
import type { CriterionGrade, GraderName } from './grading.contract';
import type { GradeTrust, Issuer, Standing } from './trust.contract';
import type { Verification } from './webhooks.contract';
import { LEVELS, type Level } from './levels';
import type { Page } from './paging';
import { SLUG_PATTERN, SkillFilteredPageQuery } from './catalog.contract';

export interface RubricCriterion {
  key: string;
  description: string;
  /** Relative weight; the weights of a rubric add up to 100. */
  weight: number;
}

export interface SubmissionCreatedData {
  submissionId: string;
  attemptId: string;
  challengeId: string;
  candidateId: string;
  /** The company that owns the challenge; null for platform (admin) challenges. */
  companyId: string | null;
  challengeTitle: string;
  brief: string;
  skills: string[];
  rubricVersion: number;
  criteria: RubricCriterion[];
  content: string;
  /**
   * Code challenges: what the sandbox needs, hidden tests included. This event stays between the
   * services; nothing a candidate reads carries it.
   */
  code?: CodeChallengeSpec;
  submittedAt: string;
  /** Which grading of this submission is asked for: 1 at submission, 2 after a re-grade request. */
  round?: number;
}

/**
 * One submission of a bulk re-grade (a rubric or grader version changed): graded again as a new
 * round, after every interactive grading, with the progress counted per re-grade.
 */
export interface BulkRegradeRequestedData extends SubmissionCreatedData {
  regradeId: string;
  /** Submissions in the whole re-grade, for its progress. */
  regradeTotal: number;
}

/** What the status of a submission can be; the order is the order it moves through. */
export const SUBMISSION_STATUSES = ['queued', 'grading', 'graded', 'failed'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface SubmissionStatusChangedData {
  submissionId: string;
  challengeId: string;
  candidateId: string;
  companyId: string | null;
  status: SubmissionStatus;
  round: number;
  score: number | null;
  changedAt: string;
}

export interface GradeOverriddenData {
  submissionId: string;
  challengeId: string;
  candidateId: string;
  companyId: string | null;
  challengeTitle: string;
  skills: string[];
  previousScore: number | null;
  score: number;
  reason: string;
  overriddenBy: string;
  overriddenAt: string;
  /** The grading round whose grade this replaces (1, or 2 after a re-grade); absent means 1. */
  round?: number;
}

/** What made a grade the one that stands: the machine's, an accepted flagged one, or a person's. */
export const GRADE_DECISIONS = ['graded', 'accepted', 'overridden'] as const;
export type GradeDecision = (typeof GRADE_DECISIONS)[number];

/**
 * A grade the challenges service recorded, with how it was earned and whom it counts for. The one
 * event evidence is built from (profiles, jobs, webhooks): only this service knows whether the
 * challenge may grant public verification and whether a flagged grade was reviewed.
 */
export interface GradeRecordedData extends GradeTrust {
  decision: GradeDecision;
  submissionId: string;
  challengeId: string;
  candidateId: string;
  /** The company that owns the challenge; null for platform (admin) challenges. */
  companyId: string | null;
  challengeTitle: string;
  skills: string[];
  round: number;
  score: number;
  criteria: CriterionGrade[];
  feedback: string | null;
  grader: GraderName | 'human';
  model: string | null;
  rubricVersion: number;
  /** When the grade was decided: graded, accepted or changed. */
  gradedAt: string;
  /** Graded attempts the candidate has made at this challenge, this one included. */
  attempts: number;
  /** The reviewer's reason, for accepted and overridden grades. */
  reason: string | null;
}

/** A challenge started or stopped being open to candidates; what lists of open challenges follow. */
export interface ChallengeListingChangedData {
  challengeId: string;
  /** The skills whose open challenges changed. */
  skills: string[];
  changedAt: string;
}

export const ChallengesEvents = {
  /** A draft became open to candidates. */
  challengePublished: defineEvent<ChallengeListingChangedData>('evt.challenges.challenge.published'),
  /** A challenge stopped taking attempts. */
  challengeArchived: defineEvent<ChallengeListingChangedData>('evt.challenges.challenge.archived'),
  /** A candidate submitted work; grading picks it up from the work queue. */
  submissionCreated: defineEvent<SubmissionCreatedData>('evt.challenges.submission.created'),
  /** A candidate asked for the one re-grade a submission allows; grading takes it like a new submission. */
  regradeRequested: defineEvent<SubmissionCreatedData>('evt.challenges.submission.regrade_requested'),
  /** An admin or the owning company re-grades past submissions of a challenge; low priority in grading. */
  bulkRegradeRequested: defineEvent<BulkRegradeRequestedData>('evt.challenges.submission.bulk_regrade_requested'),
  /** The status the challenges service recorded changed; what live status views follow. */
  submissionStatusChanged: defineEvent<SubmissionStatusChangedData>('evt.challenges.submission.status_changed'),
  /** A company member or admin replaced a grade by hand. */
  gradeOverridden: defineEvent<GradeOverriddenData>('evt.challenges.submission.grade_overridden'),
  /** A grade now stands (machine grade, accepted flagged grade, or a person's), with its trust fields. */
  gradeRecorded: defineEvent<GradeRecordedData>('evt.challenges.submission.grade_recorded'),
} as const;

export class ChallengeListRequest extends SkillFilteredPageQuery {
  @IsOptional()
  @IsIn(LEVELS)
  difficulty?: Level;
}

/** A published challenge as lists show it (the skill page, the challenge list). */
export interface ChallengeSummary {
  id: string;
  title: string;
  skills: string[];
  difficulty: Level;
  timeLimitMinutes: number;
  /** Graded by rubric, or by running hidden tests on code. */
  kind: ChallengeKind;
  companyId: string | null;
  issuer: Issuer;
  /** Whether its tested and AI grades count toward public verified scores. */
  grantsPublicVerification: boolean;
  publishedAt: string;
}

/**
 * How many days a candidate waits between graded attempts at one challenge, by default and at most.
 * The least a challenge may ask for is the operator's (the challenges service's
 * CHALLENGE_MIN_COOLDOWN_DAYS, 1 by default); a request may only say 0 for the shape to be valid.
 */
export const COOLDOWN_DAYS = { default: 30, min: 0, max: 365 } as const;
/** A challenge names at most this many skills, so a one-line task cannot vouch for a whole CV. */
export const MAX_CHALLENGE_SKILLS = 3;

export const CHALLENGE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CRITERION_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export class RubricCriterionInput implements RubricCriterion {
  @Matches(CRITERION_KEY_PATTERN, { message: 'key must be lowercase letters, digits and underscores' })
  key: string;

  @IsString()
  @MinLength(10)
  @MaxLength(1_000)
  description: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;
}

export class RubricInput {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];
}

/** A rubric challenge is graded on written work; a code challenge runs tests in the sandbox. */
export const CHALLENGE_KINDS = ['rubric', 'code'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** A code challenge as its author writes it (API.md, Code challenges); the weights of its tests add up to 100. */
export class CodeChallengeInput {
  @IsIn(CODE_LANGUAGES)
  language: CodeLanguage;

  @IsString()
  @Matches(ENTRY_POINT_PATTERN, { message: 'entrypoint must be an identifier' })
  entrypoint: string;

  @IsString()
  @MaxLength(MAX_SOURCE_LENGTH)
  starterCode: string;

  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SOURCE_LENGTH)
  referenceSolution: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CODE_TESTS)
  @ValidateNested({ each: true })
  @Type(() => CodeTestCase)
  tests: CodeTestCase[];

  @IsOptional()
  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.timeMs.min)
  @Max(CODE_LIMIT_BOUNDS.timeMs.max)
  timeLimitMs?: number;

  @IsOptional()
  @IsInt()
  @Min(CODE_LIMIT_BOUNDS.memoryMb.min)
  @Max(CODE_LIMIT_BOUNDS.memoryMb.max)
  memoryLimitMb?: number;

  /** SQL challenges: the schema every test's data and the candidate's query run on. */
  @IsOptional()
  @ValidateNested()
  @Type(() => SqlChallengeSetup)
  sql?: SqlChallengeSetup;

  /**
   * The split of the score between tests and the AI review of the code against the challenge's
   * rubric, in percent; tests 100 when not given. A review weight needs a rubric, and a rubric a
   * review weight.
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => CodeScoring)
  scoring?: CodeScoring;
}

/** A test as a challenge view shows it; hidden ones only to the challenge's owner. */
export interface CodeTestView {
  name: string;
  args: unknown[];
  expected: unknown;
  weight: number;
  hidden: boolean;
}

/**
 * A code challenge's code as the reader may see it: candidates and anonymous readers get the visible
 * tests only and no reference solution; the owning company and admins get everything.
 */
export interface ChallengeCodeView {
  language: CodeLanguage;
  entrypoint: string;
  starterCode: string;
  tests: CodeTestView[];
  /** How many tests are hidden: their names, arguments and expected values stay on the server. */
  hiddenTestCount: number;
  timeLimitMs: number;
  memoryLimitMb: number;
  /** Present for the owning company and admins only. */
  referenceSolution?: string;
  sql?: { schema: string };
  /** Published to everyone, like the rubric the review uses. */
  scoring: CodeScoring;
}

/** A change someone signed in asks for on one challenge. */
export class ChallengeIdRequestBase {
  @IsUUID()
  id: string;

  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

export class ChallengeCreateRequest {
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;

  @IsString()
  @MinLength(5)
  @MaxLength(200)
  title: string;

  @IsString()
  @MinLength(20)
  @MaxLength(10_000)
  brief: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHALLENGE_SKILLS)
  @Matches(SLUG_PATTERN, { each: true, message: 'each skill must be a slug' })
  skills: string[];

  @IsIn(LEVELS)
  difficulty: Level;

  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(7 * 24 * 60)
  timeLimitMinutes: number;

  @IsOptional()
  @IsIn(CHALLENGE_KINDS)
  kind?: ChallengeKind;

  /** Required for rubric challenges; optional for code ones (AI review of the code's quality). */
  @ValidateIf((request: ChallengeCreateRequest) => request.kind !== 'code' || request.rubric !== undefined)
  @ValidateNested()
  @Type(() => RubricInput)
  rubric?: RubricInput;

  /** Required for code challenges, refused for rubric ones. */
  @ValidateIf((request: ChallengeCreateRequest) => request.kind === 'code' || request.code !== undefined)
  @IsDefined({ message: 'code is required for a code challenge' })
  @ValidateNested()
  @Type(() => CodeChallengeInput)
  code?: CodeChallengeInput;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(COOLDOWN_DAYS.min)
  @Max(COOLDOWN_DAYS.max)
  cooldownDays?: number;
}

/** A change to a challenge's content; a changed rubric or skill list withdraws an approval. */
export class ChallengeUpdateRequest extends ChallengeIdRequestBase {
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(10_000)
  brief?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHALLENGE_SKILLS)
  @Matches(SLUG_PATTERN, { each: true, message: 'each skill must be a slug' })
  skills?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => RubricInput)
  rubric?: RubricInput;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(COOLDOWN_DAYS.min)
  @Max(COOLDOWN_DAYS.max)
  cooldownDays?: number;
}

/** An admin's decision that a company challenge may grant public verification. */
export class ChallengeApproveRequest extends ChallengeIdRequestBase {
  @IsString()
  @MinLength(10)
  @MaxLength(2_000)
  reason: string;
}

export class ChallengeIdRequest {
  @IsUUID()
  id: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal?: PrincipalPayload;
}

export interface ChallengeApproval {
  approvedBy: string;
  approvedAt: string;
  reason: string;
}

export interface ChallengeView {
  id: string;
  title: string;
  brief: string;
  skills: string[];
  difficulty: Level;
  timeLimitMinutes: number;
  status: ChallengeStatus;
  kind: ChallengeKind;
  rubric: { version: number; criteria: RubricCriterion[] };
  /** Null for rubric challenges. */
  code: ChallengeCodeView | null;
  companyId: string | null;
  issuer: Issuer;
  /** Set while an admin's approval lets the company challenge grant public verification. */
  approval: ChallengeApproval | null;
  grantsPublicVerification: boolean;
  /** Days between graded attempts of one candidate. */
  cooldownDays: number;
  /**
   * Owners only: graded submissions whose grade used an older rubric version, which a bulk
   * re-grade would grade again against the current one. Editing the rubric never starts one.
   */
  outdatedGrades?: number;
  createdAt: string;
  publishedAt: string | null;
  archivedAt: string | null;
}

export class AttemptStartRequest {
  @IsUUID()
  challengeId: string;

  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

export interface AttemptView {
  id: string;
  challengeId: string;
  startedAt: string;
  deadline: string;
}

export class SubmissionCreateRequest {
  @IsUUID()
  attemptId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  content: string;

  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

export interface SubmissionAccepted {
  submissionId: string;
  status: 'queued';
}

export class SubmissionIdRequest {
  @IsUUID()
  id: string;

  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

/** The owner (or an admin) lets a flagged grade stand as it is. */
export class GradeAcceptRequest extends SubmissionIdRequest {
  @IsString()
  @MinLength(10)
  @MaxLength(2_000)
  reason: string;
}

export class GradeOverrideRequest extends SubmissionIdRequest {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @IsString()
  @MinLength(10)
  @MaxLength(2_000)
  reason: string;
}

export const GRADE_HISTORY_KINDS = [
  'graded',
  'failed',
  'regrade_requested',
  'bulk_regrade_requested',
  'overridden',
  'accepted',
] as const;
export type GradeHistoryKind = (typeof GRADE_HISTORY_KINDS)[number];

/** One change to a submission's grade, kept for good so every score can be explained. */
export interface GradeHistoryEntry {
  kind: GradeHistoryKind;
  round: number;
  score: number | null;
  grader: GraderName | 'human' | null;
  graderVersion: string | null;
  rubricVersion: number;
  actorId: string | null;
  reason: string | null;
  at: string;
}

export interface SubmissionView {
  id: string;
  attemptId: string;
  challengeId: string;
  candidateId: string;
  status: SubmissionStatus;
  round: number;
  score: number | null;
  criteria: CriterionGrade[];
  feedback: string | null;
  grader: GraderName | 'human' | null;
  graderVersion: string | null;
  model: string | null;
  rubricVersion: number;
  tokens: { prompt: number; completion: number } | null;
  costUsd: number | null;
  flags: string[];
  failureReason: string | null;
  submittedAt: string;
  gradedAt: string | null;
  regradeAvailable: boolean;
  history: GradeHistoryEntry[];
  /** How the standing grade was earned; null until graded. */
  verification: Verification | null;
  issuer: Issuer;
  reviewer: GradeTrust['reviewer'];
  /** Whom the grade counts for; `under_review` while a flagged grade waits for its review. */
  standing: Standing | null;
  /** The candidate's graded attempts at this challenge so far. */
  attempts: number;
  /** Code challenges, once graded: every test; expected, actual and message for visible tests only. */
  tests?: CodeTestResult[];
  /** Code challenges, once graded: how the score was made from the tests and the AI review. */
  scoring?: CodeGradeScoring;
  /** Code challenges with a review weight, once graded: the AI review, or why it did not count. */
  aiReview?: CodeAiReview;
}

/** A challenge's reference answers with human grades, for measuring how well a grader agrees. */
export interface CalibrationSet {
  challengeId: string;
  title: string;
  brief: string;
  rubricVersion: number;
  criteria: RubricCriterion[];
  references: Array<{ id: string; content: string; humanScores: Record<string, number> }>;
}

/** Why a bulk re-grade was started; kept with it. */
export const REGRADE_REASONS = ['rubric_changed', 'grader_version_changed', 'manual'] as const;
export type RegradeReason = (typeof REGRADE_REASONS)[number];

/** An admin or the owning company grades a challenge's past submissions again. */
export class RegradeStartRequest extends ChallengeIdRequestBase {
  @IsIn(REGRADE_REASONS)
  reason: RegradeReason;
}

export class RegradeGetRequest {
  @IsUUID()
  challengeId: string;

  @IsUUID()
  regradeId: string;

  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

export const REGRADE_STATES = ['running', 'done'] as const;
export type RegradeState = (typeof REGRADE_STATES)[number];

/** A bulk re-grade and how far it has come, counted from the grades the challenges service recorded. */
export interface RegradeView {
  id: string;
  challengeId: string;
  reason: RegradeReason;
  requestedBy: string;
  requestedAt: string;
  /** Submissions graded again; each gets a new round, and its history keeps both grades. */
  total: number;
  /** Graded submissions left as they were: a person's grade, or public evidence the company may not re-grade. */
  kept: number;
  graded: number;
  failed: number;
  /** Still queued or being graded. */
  waiting: number;
  state: RegradeState;
}

export const ChallengesRequests = {
  /** Published challenges, newest first, optionally for one skill or difficulty. */
  listChallenges: defineRequest<ChallengeListRequest, Page<ChallengeSummary>>('challenges.challenge.list'),
  getChallenge: defineRequest<ChallengeIdRequest, ChallengeView>('challenges.challenge.get'),
  createChallenge: defineRequest<ChallengeCreateRequest, ChallengeView>('challenges.challenge.create'),
  publishChallenge: defineRequest<ChallengeIdRequest, ChallengeView>('challenges.challenge.publish'),
  archiveChallenge: defineRequest<ChallengeIdRequest, ChallengeView>('challenges.challenge.archive'),
  updateChallenge: defineRequest<ChallengeUpdateRequest, ChallengeView>('challenges.challenge.update'),
  approveChallenge: defineRequest<ChallengeApproveRequest, ChallengeView>('challenges.challenge.approve'),
  startAttempt: defineRequest<AttemptStartRequest, AttemptView>('challenges.attempt.start'),
  submit: defineRequest<SubmissionCreateRequest, SubmissionAccepted>('challenges.submission.create'),
  getSubmission: defineRequest<SubmissionIdRequest, SubmissionView>('challenges.submission.get'),
  requestRegrade: defineRequest<SubmissionIdRequest, SubmissionView>('challenges.submission.regrade'),
  overrideGrade: defineRequest<GradeOverrideRequest, SubmissionView>('challenges.submission.override'),
  acceptGrade: defineRequest<GradeAcceptRequest, SubmissionView>('challenges.submission.accept'),
  /** Starts a bulk re-grade of a challenge's past graded submissions (one running per challenge). */
  startRegrade: defineRequest<RegradeStartRequest, RegradeView>('challenges.regrade.start'),
  getRegrade: defineRequest<RegradeGetRequest, RegradeView>('challenges.regrade.get'),
  /** Every challenge's reference submissions; used by `npm run calibrate`, not exposed at the gateway. */
  calibrationSets: defineRequest<Record<string, never>, CalibrationSet[]>('challenges.calibration.list'),
} as const;
