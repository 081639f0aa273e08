import { ApiProperty } from '@nestjs/swagger';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { APPLICATION_STATUSES, JOB_STATUSES, type ApplicationStatus, type JobStatus } from '@skillproof/contracts';
import { EvidenceTrustDto } from '../challenges/trust.dto';

/** Response shapes of jobs, applications and matches, described once for OpenAPI and GraphQL alike. */
@ObjectType('SkillRequirement')
export class SkillRequirementDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) skill: string;
  @Field(() => Int)
  @ApiProperty({ example: 75, description: '0 asks for the skill verified at any score' })
  minScore: number;
}

@ObjectType('SalaryRange')
export class SalaryRangeDto {
  @Field(() => Int) @ApiProperty({ example: 90000 }) min: number;
  @Field(() => Int) @ApiProperty({ example: 130000 }) max: number;
  @Field() @ApiProperty({ example: 'USD' }) currency: string;
}

@ObjectType('JobSummary')
export class JobSummaryDto {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id: string;
  @Field() @ApiProperty() title: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) companyId: string;
  @Field() @ApiProperty() companyName: string;
  @Field() @ApiProperty() location: string;
  @Field() @ApiProperty() remote: boolean;
  @Field(() => SalaryRangeDto, { nullable: true })
  @ApiProperty({ type: SalaryRangeDto, nullable: true })
  salary: SalaryRangeDto | null;
  @Field(() => [SkillRequirementDto]) @ApiProperty({ type: [SkillRequirementDto] }) skills: SkillRequirementDto[];
  @Field() @ApiProperty() postedAt: string;
}

@ObjectType('Job')
export class JobDto extends JobSummaryDto {
  @Field() @ApiProperty() description: string;
  @Field(() => ID, { nullable: true }) @ApiProperty({ type: String, format: 'uuid', nullable: true }) challengeId:
    string | null;
  @Field(() => String) @ApiProperty({ enum: JOB_STATUSES }) status: JobStatus;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
}

@ObjectType('JobPage')
export class JobPageDto {
  @Field(() => [JobSummaryDto]) @ApiProperty({ type: [JobSummaryDto] }) items: JobSummaryDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ObjectType('VerificationEvidence')
export class VerificationEvidenceDto extends EvidenceTrustDto {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) submissionId: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) challengeId: string;
  @Field() @ApiProperty() title: string;
  @Field(() => Int) @ApiProperty() score: number;
  @Field() @ApiProperty() gradedAt: string;
}

@ObjectType('MatchEvidence')
export class MatchEvidenceDto {
  @Field() @ApiProperty({ example: 'machine-learning' }) skill: string;
  @Field(() => Int)
  @ApiProperty({ example: 75, description: '0 asks for the skill verified at any score' })
  minScore: number;
  @Field(() => Int, { nullable: true })
  @ApiProperty({ nullable: true, type: Number, description: 'Null when the skill is not verified' })
  verifiedScore: number | null;
  @Field() @ApiProperty() met: boolean;
  @Field(() => [VerificationEvidenceDto])
  @ApiProperty({ type: [VerificationEvidenceDto] })
  evidence: VerificationEvidenceDto[];
}

@ObjectType('Application')
export class ApplicationDto {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) jobId: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) candidateId: string;
  @Field(() => String) @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) matchScore: number;
  @Field(() => [MatchEvidenceDto]) @ApiProperty({ type: [MatchEvidenceDto] }) evidence: MatchEvidenceDto[];
  @Field() @ApiProperty() createdAt: string;
  @Field() @ApiProperty() updatedAt: string;
}

@ObjectType('ApplicationPage')
export class ApplicationPageDto {
  @Field(() => [ApplicationDto]) @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ObjectType('JobMatch')
export class JobMatchDto {
  @Field(() => JobSummaryDto) @ApiProperty({ type: JobSummaryDto }) job: JobSummaryDto;
  @Field(() => Int) @ApiProperty({ minimum: 0, maximum: 100 }) matchScore: number;
  @Field(() => [MatchEvidenceDto]) @ApiProperty({ type: [MatchEvidenceDto] }) evidence: MatchEvidenceDto[];
}

@ObjectType('JobMatchPage')
export class JobMatchPageDto {
  @Field(() => [JobMatchDto]) @ApiProperty({ type: [JobMatchDto] }) items: JobMatchDto[];
  @Field(() => String, { nullable: true }) @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
