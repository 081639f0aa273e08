import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { defineEvent, defineRequest } from './definitions';
import { PageQuery, type Page } from './paging';
import { SLUG_PATTERN } from './catalog.contract';

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

export const JobsEvents = {
  applicationCreated: defineEvent<ApplicationCreatedData>('evt.jobs.application.created'),
  applicationStatusChanged: defineEvent<ApplicationStatusChangedData>('evt.jobs.application.status_changed'),
} as const;

export class JobListRequest extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN)
  skill?: string;

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

export const JobsRequests = {
  /** Open positions, newest first, filtered by skill, text and remote. */
  listJobs: defineRequest<JobListRequest, Page<JobSummary>>('jobs.job.list'),
} as const;
