import { IsUUID } from 'class-validator';
import { defineEvent, defineRequest } from './definitions';
import type { CodeAiReview, CodeGradeScoring, CodeTestResult } from './code-challenge.contract';

/** `sandbox` runs a code challenge's tests: its grades are `tested`. */
export const GRADER_NAMES = ['openai', 'heuristic', 'sandbox'] as const;
export type GraderName = (typeof GRADER_NAMES)[number];

export interface CriterionGrade {
  key: string;
  /** 0–100 for this criterion. */
  score: number;
  feedback: string;
}

export interface SubmissionGradingStartedData {
  submissionId: string;
  startedAt: string;
  round?: number;
}

export interface SubmissionGradedData {
  submissionId: string;
  challengeId: string;
  candidateId: string;
  companyId: string | null;
  challengeTitle: string;
  skills: string[];
  /** Weighted 0–100 over the criteria. */
  score: number;
  criteria: CriterionGrade[];
  feedback: string;
  grader: GraderName;
  graderVersion: string;
  model: string | null;
  rubricVersion: number;
  tokens: { prompt: number; completion: number };
  costUsd: number;
  /** Signs the submission tried to steer the grader, e.g. `prompt_injection`. */
  flags: string[];
  gradedAt: string;
  /** Which grading of the submission this is (1, or 2 after a re-grade); absent means 1. */
  round?: number;
  /** True when an earlier grade of identical content under the same rubric version was reused, unpaid. */
  cached?: boolean;
  /** Code challenges: every test's outcome; hidden tests carry no expected, actual or message. */
  tests?: CodeTestResult[];
  /** Code challenges: how the score was made from the tests and the AI review. */
  scoring?: CodeGradeScoring;
  /** Code challenges whose scoring has a review weight: the AI review, or why it did not count. */
  aiReview?: CodeAiReview;
}

export interface SubmissionGradingFailedData {
  submissionId: string;
  challengeId: string;
  candidateId: string;
  reason: string;
  failedAt: string;
  round?: number;
  grader?: GraderName;
  graderVersion?: string;
}

export const GradingEvents = {
  submissionStarted: defineEvent<SubmissionGradingStartedData>('evt.grading.submission.started'),
  submissionGraded: defineEvent<SubmissionGradedData>('evt.grading.submission.graded'),
  submissionFailed: defineEvent<SubmissionGradingFailedData>('evt.grading.submission.failed'),
} as const;

export class RegradeProgressRequest {
  @IsUUID()
  regradeId: string;
}

/** How far a bulk re-grade has come; both grades of each submission stay in its history. */
export interface RegradeProgressView {
  regradeId: string;
  total: number;
  graded: number;
  failed: number;
  /** Still queued or being graded. */
  waiting: number;
}

export const GradingRequests = {
  regradeProgress: defineRequest<RegradeProgressRequest, RegradeProgressView>('grading.regrade.progress'),
} as const;
