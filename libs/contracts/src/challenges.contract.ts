import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import { LEVELS, type Level } from './levels';
import { PageQuery, type Page } from './paging';
import { SLUG_PATTERN } from './catalog.contract';

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
  submittedAt: string;
}

export const ChallengesEvents = {
  /** A candidate submitted work; grading picks it up from the work queue. */
  submissionCreated: defineEvent<SubmissionCreatedData>('evt.challenges.submission.created'),
} as const;

export class ChallengeListRequest extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG_PATTERN)
  skill?: string;

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
  companyId: string | null;
  publishedAt: string;
}

export const ChallengesRequests = {
  /** Published challenges, newest first, optionally for one skill or difficulty. */
  listChallenges: defineRequest<ChallengeListRequest, Page<ChallengeSummary>>('challenges.challenge.list'),
} as const;
