import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  GRADER_NAMES,
  STANDINGS,
  VERIFICATIONS,
  WEBHOOK_PAYLOAD_VERSIONS,
  type ApplicationCreatedWebhook,
  type ApplicationCreatedWebhookData,
  type ApplicationStatus,
  type ApplicationStatusChangedWebhook,
  type ApplicationStatusChangedWebhookData,
  type GraderName,
  type Standing,
  type SubmissionGradedWebhook,
  type SubmissionGradedWebhookData,
  type Verification,
} from '@skillproof/contracts';
import { CriterionGradeDto } from '../challenges/submission.dto';
import { IssuerDto, VERIFICATION_DESCRIPTION } from '../challenges/trust.dto';

/**
 * The public webhook payloads (libs/contracts webhooks.contract.ts) described for the OpenAPI
 * document's `webhooks`. Each class implements its contract, so a field the contract gains and
 * this description lacks fails to compile.
 */

@ApiSchema({ name: 'SubmissionGradedWebhookData' })
class SubmissionGradedWebhookDataDto implements SubmissionGradedWebhookData {
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ format: 'uuid' }) challengeId: string;
  @ApiProperty({ example: 'Pick a metric for a fraud model' }) challengeTitle: string;
  @ApiProperty({ type: [String], example: ['machine-learning'], description: 'Catalogue slugs' }) skills: string[];
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 for the first grading, 2 after a re-grade' })
  round: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'Weighted over the criteria' }) score: number;
  @ApiProperty({ type: [CriterionGradeDto] }) criteria: CriterionGradeDto[];
  @ApiProperty() feedback: string;
  @ApiProperty({ enum: GRADER_NAMES }) grader: GraderName;
  @ApiProperty({ type: String, nullable: true, example: 'gpt-4o-mini' }) model: string | null;
  @ApiProperty({ enum: VERIFICATIONS, description: VERIFICATION_DESCRIPTION })
  verification: Verification;
  @ApiProperty({ type: IssuerDto, description: 'The platform (its own or an approved challenge) or the company' })
  issuer: IssuerDto;
  @ApiProperty({
    enum: STANDINGS,
    description:
      'Whom the grade counts for: public, company (your own unapproved challenge), practice (nobody), ' +
      'under_review (flagged as steering the grader; accept or change it to make it count)',
  })
  standing: Standing;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: "The version of the challenge's rubric it was graded under",
  })
  rubricVersion: number;
  @ApiProperty({ format: 'date-time' }) gradedAt: string;
}

@ApiSchema({ name: 'SubmissionGradedWebhook' })
export class SubmissionGradedWebhookDto implements SubmissionGradedWebhook {
  @ApiProperty({ enum: ['submission.graded'] }) type: 'submission.graded';
  @ApiProperty({ type: 'integer', enum: [WEBHOOK_PAYLOAD_VERSIONS['submission.graded']] }) version: 1;
  @ApiProperty({ format: 'date-time', description: 'When the grade was given' }) timestamp: string;
  @ApiProperty({ type: SubmissionGradedWebhookDataDto }) data: SubmissionGradedWebhookDataDto;
}

@ApiSchema({ name: 'ApplicationCreatedWebhookData' })
class ApplicationCreatedWebhookDataDto implements ApplicationCreatedWebhookData {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: "How well the candidate's verified skills meet the job's",
  })
  matchScore: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

@ApiSchema({ name: 'ApplicationCreatedWebhook' })
export class ApplicationCreatedWebhookDto implements ApplicationCreatedWebhook {
  @ApiProperty({ enum: ['application.created'] }) type: 'application.created';
  @ApiProperty({ type: 'integer', enum: [WEBHOOK_PAYLOAD_VERSIONS['application.created']] }) version: 1;
  @ApiProperty({ format: 'date-time', description: 'When the candidate applied' }) timestamp: string;
  @ApiProperty({ type: ApplicationCreatedWebhookDataDto }) data: ApplicationCreatedWebhookDataDto;
}

@ApiSchema({ name: 'ApplicationStatusChangedWebhookData' })
class ApplicationStatusChangedWebhookDataDto implements ApplicationStatusChangedWebhookData {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) previousStatus: ApplicationStatus;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

@ApiSchema({ name: 'ApplicationStatusChangedWebhook' })
export class ApplicationStatusChangedWebhookDto implements ApplicationStatusChangedWebhook {
  @ApiProperty({ enum: ['application.status_changed'] }) type: 'application.status_changed';
  @ApiProperty({ type: 'integer', enum: [WEBHOOK_PAYLOAD_VERSIONS['application.status_changed']] }) version: 1;
  @ApiProperty({ format: 'date-time', description: 'When the status changed' }) timestamp: string;
  @ApiProperty({ type: ApplicationStatusChangedWebhookDataDto }) data: ApplicationStatusChangedWebhookDataDto;
}
