import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  CODE_REVIEW_OUTCOMES,
  CODE_TEST_STATUSES,
  type CodeReviewOutcome,
  type CodeTestStatus,
  GRADE_HISTORY_KINDS,
  STANDINGS,
  SUBMISSION_STATUSES,
  VERIFICATIONS,
  type GradeHistoryKind,
  type Standing,
  type SubmissionStatus,
  type Verification,
} from '@skillproof/contracts';
import { ANY_JSON_VALUE } from '../docs/any-json-value';
import { JsonScalar } from '../graphql/json.scalar';
import { CodeScoringDto } from './challenge.dto';
import { IssuerDto, ReviewerDto, VERIFICATION_DESCRIPTION } from './trust.dto';

@ObjectType('SubmissionAccepted')
export class SubmissionAcceptedDto {
  @Field() @ApiProperty({ format: 'uuid' }) submissionId: string;
  @Field(() => String) @ApiProperty({ enum: ['queued'] }) status: 'queued';
}

@ObjectType('CriterionGrade')
export class CriterionGradeDto {
  @Field() @ApiProperty() key: string;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @Field() @ApiProperty() feedback: string;
}

@ObjectType('TokenUsage')
export class TokenUsageDto {
  @Field(() => Int) @ApiProperty() prompt: number;
  @Field(() => Int) @ApiProperty() completion: number;
}

@ObjectType('GradeHistoryEntry')
export class GradeHistoryEntryDto {
  @Field(() => String) @ApiProperty({ enum: GRADE_HISTORY_KINDS }) kind: GradeHistoryKind;
  @Field(() => Int) @ApiProperty() round: number;
  @Field(() => Int, { nullable: true }) @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) grader: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) graderVersion: string | null;
  @Field(() => Int) @ApiProperty() rubricVersion: number;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @Field() @ApiProperty() at: string;
}

@ObjectType('CodeTestResult')
export class CodeTestResultDto {
  @Field() @ApiProperty() name: string;
  @Field() @ApiProperty() hidden: boolean;
  @Field(() => Int) @ApiProperty({ description: "The test's share of the score" }) weight: number;
  @Field(() => String) @ApiProperty({ enum: CODE_TEST_STATUSES }) status: CodeTestStatus;
  @Field(() => Int) @ApiProperty() timeMs: number;
  @Field(() => JsonScalar, { nullable: true })
  @ApiPropertyOptional({ ...ANY_JSON_VALUE, description: 'Visible tests only' })
  expected?: unknown;
  @Field(() => JsonScalar, { nullable: true })
  @ApiPropertyOptional({ ...ANY_JSON_VALUE, description: 'Visible tests only: what the code returned' })
  actual?: unknown;
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ description: 'Visible tests only: why it failed' })
  message?: string;
}

@ObjectType('CodeGradeScoring')
export class CodeGradeScoringDto {
  @Field(() => CodeScoringDto)
  @ApiProperty({ type: CodeScoringDto, description: 'The split the challenge states' })
  stated: CodeScoringDto;
  @Field(() => CodeScoringDto)
  @ApiProperty({
    type: CodeScoringDto,
    description: 'The split that made this score: the stated one, or tests 100 when no AI review counted',
  })
  applied: CodeScoringDto;
  @Field(() => Int) @ApiProperty({ description: 'Weighted share of passed tests, 0–100' }) testsScore: number;
  @Field(() => Int, { nullable: true })
  @ApiProperty({ type: Number, nullable: true, description: "The AI review's 0–100 as counted" })
  reviewScore: number | null;
  @Field()
  @ApiProperty({ example: 'Tests 80% × 60 + AI review 20% × 75 = 63', description: 'How the score was computed' })
  note: string;
}

@ObjectType('CodeAiReview')
export class CodeAiReviewDto {
  @Field(() => String)
  @ApiProperty({
    enum: CODE_REVIEW_OUTCOMES,
    description:
      'reviewed: counted at its weight; no_model: no model is configured, so the tests made the score; ' +
      'failed: the model gave no usable review, so the tests made the score',
  })
  outcome: CodeReviewOutcome;
  @Field(() => Int, { nullable: true })
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "0–100 over the rubric as counted; the per-criterion grades are the submission's criteria",
  })
  score: number | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) feedback: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) grader: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) graderVersion: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) model: string | null;
  @Field()
  @ApiProperty({
    description:
      "The code addressed its reviewer: the review counted no higher than the tests' score, and the grade is flagged",
  })
  held: boolean;
  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true, description: 'Why the review did not count' })
  reason: string | null;
}

@ObjectType('Submission')
export class SubmissionDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty({ format: 'uuid' }) attemptId: string;
  @Field() @ApiProperty({ format: 'uuid' }) challengeId: string;
  @Field() @ApiProperty() candidateId: string;
  @Field(() => String) @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @Field(() => Int) @ApiProperty({ description: '1, or 2 after the re-grade' }) round: number;
  @Field(() => Int, { nullable: true }) @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @Field(() => [CriterionGradeDto])
  @ApiProperty({ type: [CriterionGradeDto], description: "The rubric's criteria; for code, the AI review's" })
  criteria: CriterionGradeDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) feedback: string | null;
  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true, enum: ['openai', 'heuristic', 'sandbox', 'human'] })
  grader: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) graderVersion: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) model: string | null;
  @Field(() => Int) @ApiProperty() rubricVersion: number;
  @Field(() => TokenUsageDto, { nullable: true })
  @ApiProperty({ type: TokenUsageDto, nullable: true })
  tokens: TokenUsageDto | null;
  @Field(() => Float, { nullable: true }) @ApiProperty({ type: Number, nullable: true }) costUsd: number | null;
  @Field(() => [String])
  @ApiProperty({
    type: [String],
    example: ['prompt_injection'],
    description: 'Signs the work tried to steer the grader',
  })
  flags: string[];
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) failureReason: string | null;
  @Field() @ApiProperty() submittedAt: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) gradedAt: string | null;
  @Field() @ApiProperty() regradeAvailable: boolean;
  @Field(() => [GradeHistoryEntryDto]) @ApiProperty({ type: [GradeHistoryEntryDto] }) history: GradeHistoryEntryDto[];
  @Field(() => String, { nullable: true })
  @ApiProperty({ enum: VERIFICATIONS, nullable: true, description: `${VERIFICATION_DESCRIPTION}; null until graded` })
  verification: Verification | null;
  @Field(() => IssuerDto) @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @Field(() => ReviewerDto, { nullable: true })
  @ApiProperty({ type: ReviewerDto, nullable: true, description: 'Who changed or accepted the grade' })
  reviewer: ReviewerDto | null;
  @Field(() => String, { nullable: true })
  @ApiProperty({
    enum: STANDINGS,
    nullable: true,
    description:
      'Whom the grade counts for: public, company (the owning company alone), practice (nobody), ' +
      'under_review (flagged as steering the grader; counts once the owner or an admin accepts or changes it)',
  })
  standing: Standing | null;
  @Field(() => Int) @ApiProperty({ description: "The candidate's graded attempts at this challenge" }) attempts: number;
  @Field(() => [CodeTestResultDto], { nullable: true })
  @ApiPropertyOptional({ type: [CodeTestResultDto], description: 'Code challenges, once graded: every test' })
  tests?: CodeTestResultDto[];
  @Field(() => CodeGradeScoringDto, { nullable: true })
  @ApiPropertyOptional({
    type: CodeGradeScoringDto,
    description: 'Code challenges, once graded: how the score was made from the tests and the AI review',
  })
  scoring?: CodeGradeScoringDto;
  @Field(() => CodeAiReviewDto, { nullable: true })
  @ApiPropertyOptional({
    type: CodeAiReviewDto,
    description:
      'Code challenges with a review weight, once graded: the AI review of the code, or why it did not count',
  })
  aiReview?: CodeAiReviewDto;
}

/** One step of a submission's live status. */
@ObjectType('SubmissionStatusUpdate')
export class SubmissionStatusDto {
  @Field() @ApiProperty() submissionId: string;
  @Field(() => String) @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @Field(() => Int, { nullable: true }) @ApiProperty({ type: Number, nullable: true }) score: number | null;
}
