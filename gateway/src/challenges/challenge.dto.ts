import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  CHALLENGE_KINDS,
  CHALLENGE_STATUSES,
  CODE_LANGUAGES,
  LEVELS,
  type ChallengeKind,
  type ChallengeStatus,
  type CodeLanguage,
  type Level,
} from '@skillproof/contracts';
import { ANY_JSON_VALUE } from '../docs/any-json-value';
import { JsonScalar } from '../graphql/json.scalar';
import { IssuerDto } from './trust.dto';

/** Challenge shapes, described once for OpenAPI and GraphQL alike. */
@ObjectType('RubricCriterion')
export class RubricCriterionDto {
  @Field() @ApiProperty({ example: 'metric_choice' }) key: string;
  @Field() @ApiProperty() description: string;
  @Field(() => Int) @ApiProperty({ example: 35, description: 'Weights of a rubric add up to 100' }) weight: number;
}

@ObjectType('Rubric')
export class RubricDto {
  @Field(() => Int) @ApiProperty({ example: 1 }) version: number;
  @Field(() => [RubricCriterionDto]) @ApiProperty({ type: [RubricCriterionDto] }) criteria: RubricCriterionDto[];
}

@ObjectType('ChallengeApproval')
export class ChallengeApprovalDto {
  @Field() @ApiProperty({ format: 'uuid', description: 'The admin who approved' }) approvedBy: string;
  @Field() @ApiProperty() approvedAt: string;
  @Field() @ApiProperty() reason: string;
}

@ObjectType('CodeTest')
export class CodeTestDto {
  @Field() @ApiProperty() name: string;
  @Field(() => [JsonScalar]) @ApiProperty({ type: 'array', items: {} }) args: unknown[];
  @Field(() => JsonScalar, { nullable: true })
  @ApiProperty({ ...ANY_JSON_VALUE, description: 'Any JSON value' })
  expected: unknown;
  @Field(() => Int) @ApiProperty() weight: number;
  @Field() @ApiProperty({ description: 'Only the owning company and admins see hidden tests' }) hidden: boolean;
}

@ObjectType('SqlSetup')
export class SqlSetupDto {
  @Field() @ApiProperty() schema: string;
}

@ObjectType('CodeScoring')
export class CodeScoringDto {
  @Field(() => Int)
  @ApiProperty({ example: 80, description: "The tests' share of the score, in percent" })
  tests: number;
  @Field(() => Int)
  @ApiProperty({
    example: 20,
    description: "The AI review's share, by the challenge's rubric, when a model is configured",
  })
  review: number;
}

@ObjectType('ChallengeCode')
export class ChallengeCodeDto {
  @Field(() => String) @ApiProperty({ enum: CODE_LANGUAGES }) language: CodeLanguage;
  @Field() @ApiProperty() entrypoint: string;
  @Field() @ApiProperty() starterCode: string;
  @Field(() => [CodeTestDto])
  @ApiProperty({ type: [CodeTestDto], description: 'Visible tests; hidden ones too for the owning company and admins' })
  tests: CodeTestDto[];
  @Field(() => Int) @ApiProperty({ description: 'How many tests are hidden' }) hiddenTestCount: number;
  @Field(() => Int) @ApiProperty() timeLimitMs: number;
  @Field(() => Int) @ApiProperty() memoryLimitMb: number;
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ description: 'For the owning company and admins only' })
  referenceSolution?: string;
  @Field(() => SqlSetupDto, { nullable: true }) @ApiPropertyOptional({ type: SqlSetupDto }) sql?: SqlSetupDto;
  @Field(() => CodeScoringDto)
  @ApiProperty({ type: CodeScoringDto, description: 'How the score splits between the tests and the AI review' })
  scoring: CodeScoringDto;
}

@ObjectType('Challenge')
export class ChallengeDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() title: string;
  @Field() @ApiProperty() brief: string;
  @Field(() => [String]) @ApiProperty({ type: [String], example: ['machine-learning'] }) skills: string[];
  @Field(() => String) @ApiProperty({ enum: LEVELS }) difficulty: Level;
  @Field(() => Int) @ApiProperty({ example: 45 }) timeLimitMinutes: number;
  @Field(() => String) @ApiProperty({ enum: CHALLENGE_STATUSES }) status: ChallengeStatus;
  @Field(() => String) @ApiProperty({ enum: CHALLENGE_KINDS }) kind: ChallengeKind;
  @Field(() => RubricDto) @ApiProperty({ type: RubricDto }) rubric: RubricDto;
  @Field(() => ChallengeCodeDto, { nullable: true })
  @ApiProperty({ type: ChallengeCodeDto, nullable: true, description: 'Code challenges only' })
  code: ChallengeCodeDto | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) companyId: string | null;
  @Field(() => IssuerDto) @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @Field(() => ChallengeApprovalDto, { nullable: true })
  @ApiProperty({
    type: ChallengeApprovalDto,
    nullable: true,
    description: "An admin's approval, withdrawn when the rubric or skills change",
  })
  approval: ChallengeApprovalDto | null;
  @Field()
  @ApiProperty({ description: 'Whether its tested and AI grades count toward public verified scores' })
  grantsPublicVerification: boolean;
  @Field(() => Int)
  @ApiProperty({ example: 30, description: 'Days between graded attempts of one candidate' })
  cooldownDays: number;
  @Field(() => Int, { nullable: true })
  @ApiPropertyOptional({
    description:
      'Owners only: graded submissions whose grade an older rubric made; a bulk re-grade (POST /v1/challenges/{id}/regrades) would grade them again. Editing the rubric never starts one',
  })
  outdatedGrades?: number;
  @Field() @ApiProperty() createdAt: string;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) archivedAt: string | null;
}

@ObjectType('ChallengeSummary')
export class ChallengeSummaryDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() title: string;
  @Field(() => [String]) @ApiProperty({ type: [String] }) skills: string[];
  @Field(() => String) @ApiProperty({ enum: LEVELS }) difficulty: Level;
  @Field(() => Int) @ApiProperty() timeLimitMinutes: number;
  @Field(() => String) @ApiProperty({ enum: CHALLENGE_KINDS }) kind: ChallengeKind;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) companyId: string | null;
  @Field(() => IssuerDto) @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @Field() @ApiProperty() grantsPublicVerification: boolean;
  @Field() @ApiProperty() publishedAt: string;
}

@ObjectType('ChallengePage')
export class ChallengePageDto {
  @Field(() => [ChallengeSummaryDto]) @ApiProperty({ type: [ChallengeSummaryDto] }) items: ChallengeSummaryDto[];
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true })
  nextCursor: string | null;
}

@ObjectType('Attempt')
export class AttemptDto {
  @Field() @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty({ format: 'uuid' }) challengeId: string;
  @Field() @ApiProperty() startedAt: string;
  @Field() @ApiProperty({ description: 'Submissions after this moment are refused' }) deadline: string;
}
