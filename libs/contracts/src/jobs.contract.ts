import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { Transform, Type } from 'class-transformer';
import { defineEvent, defineRequest } from './definitions';
import { PageQuery, type Page } from './paging';
import { SLUG_PATTERN, SkillFilteredPageQuery } from './catalog.contract';
import { OnBehalfOfRequest, PrincipalPayload } from './principal';
import type { VerificationEvidence } from './profiles.contract';

export const APPLICATION_STATUSES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationCreatedData {
  applicationId: string;
  jobId: string;
  companyId: string;
  candidateId: string;
  matchScore: number;
  createdAt: string;
}

export interface ApplicationStatusChangedData {
  applicationId: string;
  jobId: string;
  companyId: string;
  candidateId: string;
  previousStatus: ApplicationStatus;
  status: ApplicationStatus;
  changedAt: string;
}

/** A position started or stopped taking applications; what lists of open positions follow. */
export interface JobListingChangedData {
  jobId: string;
  companyId: string;
  /** The skills whose open positions changed. */
  skills: string[];
  changedAt: string;
}

export const JobsEvents = {
  /** A position was posted, or reopened. */
  jobOpened: defineEvent<JobListingChangedData>('evt.jobs.job.opened'),
  /** A position stopped taking applications. */
  jobClosed: defineEvent<JobListingChangedData>('evt.jobs.job.closed'),
  applicationCreated: defineEvent<ApplicationCreatedData>('evt.jobs.application.created'),
  applicationStatusChanged: defineEvent<ApplicationStatusChangedData>('evt.jobs.application.status_changed'),
  /** An endpoint kept failing and was switched off; the company should hear about it. */
  webhookDisabled: defineEvent<WebhookDisabledData>('evt.jobs.webhook.disabled'),
} as const;

export class JobListRequest extends SkillFilteredPageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  remote?: boolean;
}

export interface JobSkillRequirement {
  skill: string;
  minScore: number;
}

/** An open position as lists show it (the skill page, the job search). */
export interface JobSummary {
  id: string;
  title: string;
  companyId: string;
  companyName: string;
  location: string;
  remote: boolean;
  salary: { min: number; max: number; currency: string } | null;
  skills: JobSkillRequirement[];
  postedAt: string;
}

export const JOB_STATUSES = ['open', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const WEBHOOK_EVENT_TYPES = ['submission.graded', 'application.created', 'application.status_changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export class JobSkillRequirementInput implements JobSkillRequirement {
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: 'skill must be lowercase words joined by hyphens' })
  skill: string;

  /** 0 asks for the skill verified at any score. */
  @IsInt()
  @Min(0)
  @Max(100)
  minScore: number;
}

export class SalaryRangeInput {
  @IsInt()
  @Min(0)
  min: number;

  @IsInt()
  @Min(0)
  max: number;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD' })
  currency: string;
}

export class JobGetRequest {
  @IsUUID()
  id: string;
}

export class JobCreateRequest extends OnBehalfOfRequest {
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @IsString()
  @MinLength(10)
  @MaxLength(20_000)
  description: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  location: string;

  @IsBoolean()
  remote: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryRangeInput)
  salary?: SalaryRangeInput;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => JobSkillRequirementInput)
  skills: JobSkillRequirementInput[];

  @IsOptional()
  @IsUUID()
  challengeId?: string;

  /**
   * Shown on listings: the name on the company's account, which the gateway reads from profiles. A
   * client cannot give one, so nobody posts under another company's name.
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  companyName: string;
}

export class JobStatusChangeRequest extends OnBehalfOfRequest {
  @IsUUID()
  id: string;

  @IsIn(JOB_STATUSES)
  status: JobStatus;
}

export class ApplicationCreateRequest extends OnBehalfOfRequest {
  @IsUUID()
  jobId: string;
}

export class JobApplicationsRequest extends PageQuery {
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;

  @IsUUID()
  jobId: string;
}

export class ApplicationStatusChangeRequest extends OnBehalfOfRequest {
  @IsUUID()
  id: string;

  @IsIn(APPLICATION_STATUSES)
  status: ApplicationStatus;
}

export class JobMatchesRequest extends PageQuery {
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;
}

/** A position with everything its page shows. */
export interface JobView extends JobSummary {
  description: string;
  challengeId: string | null;
  status: JobStatus;
  closedAt: string | null;
}

/** How one requirement of a job is met by a candidate's verified score. */
export interface MatchEvidence {
  skill: string;
  minScore: number;
  /** The candidate's verified score for the skill, null when it is not verified. */
  verifiedScore: number | null;
  met: boolean;
  evidence: VerificationEvidence[];
}

export interface ApplicationView {
  id: string;
  jobId: string;
  candidateId: string;
  status: ApplicationStatus;
  matchScore: number;
  evidence: MatchEvidence[];
  createdAt: string;
  updatedAt: string;
}

export interface JobMatch {
  job: JobSummary;
  matchScore: number;
  evidence: MatchEvidence[];
}

export class WebhookCreateRequest extends OnBehalfOfRequest {
  @IsString()
  @MaxLength(2_048)
  url: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];
}

export class WebhookRefRequest extends OnBehalfOfRequest {
  @IsUUID()
  id: string;
}

export class WebhookDeliveriesRequest extends PageQuery {
  @ValidateNested()
  @Type(() => PrincipalPayload)
  principal: PrincipalPayload;

  @IsUUID()
  id: string;
}

export class WebhookRetryRequest extends OnBehalfOfRequest {
  @IsUUID()
  id: string;

  @IsUUID()
  deliveryId: string;
}

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdAt: string;
  /** Set when the endpoint kept failing and deliveries to it stopped. */
  disabledAt: string | null;
  disabledReason: string | null;
}

/** Only the answer to a registration carries the signing secret. */
export interface WebhookCreatedView extends WebhookView {
  secret: string;
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttemptView {
  attemptedAt: string;
  /** The HTTP status the endpoint answered with; null when no answer came (timeout, refused, ...). */
  statusCode: number | null;
  latencyMs: number;
  succeeded: boolean;
  responseExcerpt: string | null;
  error: string | null;
}

export interface DeliveryView {
  id: string;
  eventType: WebhookEventType;
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  createdAt: string;
  completedAt: string | null;
  attempts: DeliveryAttemptView[];
}

export interface WebhookDisabledData {
  webhookId: string;
  companyId: string;
  url: string;
  reason: string;
  disabledAt: string;
}

export const JobsRequests = {
  /** Open positions, newest first, filtered by skill, text and remote. */
  listJobs: defineRequest<JobListRequest, Page<JobSummary>>('jobs.job.list'),
  getJob: defineRequest<JobGetRequest, JobView>('jobs.job.get'),
  createJob: defineRequest<JobCreateRequest, JobView>('jobs.job.create'),
  changeJobStatus: defineRequest<JobStatusChangeRequest, JobView>('jobs.job.change_status'),
  apply: defineRequest<ApplicationCreateRequest, ApplicationView>('jobs.application.create'),
  listApplications: defineRequest<JobApplicationsRequest, Page<ApplicationView>>('jobs.application.list'),
  changeApplicationStatus: defineRequest<ApplicationStatusChangeRequest, ApplicationView>(
    'jobs.application.change_status',
  ),
  /** Open jobs ranked for the calling candidate's verified skills, best first. */
  listMatches: defineRequest<JobMatchesRequest, Page<JobMatch>>('jobs.match.list'),
  createWebhook: defineRequest<WebhookCreateRequest, WebhookCreatedView>('jobs.webhook.create'),
  listWebhooks: defineRequest<OnBehalfOfRequest, WebhookView[]>('jobs.webhook.list'),
  deleteWebhook: defineRequest<WebhookRefRequest, { deleted: true }>('jobs.webhook.delete'),
  /** Clears an endpoint's disabling, so it receives events again. */
  enableWebhook: defineRequest<WebhookRefRequest, WebhookView>('jobs.webhook.enable'),
  listDeliveries: defineRequest<WebhookDeliveriesRequest, Page<DeliveryView>>('jobs.webhook.deliveries'),
  retryDelivery: defineRequest<WebhookRetryRequest, DeliveryView>('jobs.webhook.retry'),
} as const;
