import type { GraderName, CriterionGrade } from './grading.contract';
import type { Issuer, Standing } from './trust.contract';
import type { ApplicationStatus, WebhookEventType } from './jobs.contract';

/**
 * What a company's endpoint receives. Each event type is a public contract of its own, versioned
 * on its own and documented in the OpenAPI document's `webhooks`. The jobs service maps every
 * internal event to it field by field, so what receivers get changes only when this file does.
 */

/**
 * The version of each event type's `data`. Adding a field keeps the version; removing, renaming or
 * retyping one is a new version.
 */
export const WEBHOOK_PAYLOAD_VERSIONS = {
  'submission.graded': 1,
  'application.created': 1,
  'application.status_changed': 1,
} as const satisfies Record<WebhookEventType, number>;

/** How a grade was earned (DESIGN.md, Trust). */
export const VERIFICATIONS = ['tested', 'ai', 'reviewed', 'practice'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

/** The body of every delivery, as Standard Webhooks shapes it, plus the version of `data`. */
export interface WebhookPayload<Type extends WebhookEventType, Data> {
  type: Type;
  version: (typeof WEBHOOK_PAYLOAD_VERSIONS)[Type];
  /** When the event happened (not when this delivery was sent). */
  timestamp: string;
  data: Data;
}

export interface SubmissionGradedWebhookData {
  submissionId: string;
  challengeId: string;
  challengeTitle: string;
  /** Skills the challenge proves, as catalogue slugs. */
  skills: string[];
  candidateId: string;
  companyId: string;
  /** 1 for the first grading, 2 after the candidate's re-grade. */
  round: number;
  /** Weighted 0–100 over the criteria. */
  score: number;
  criteria: CriterionGrade[];
  feedback: string;
  grader: GraderName;
  model: string | null;
  /**
   * How the grade was earned: `tested` when hidden tests ran, `ai` for a model grading against the
   * rubric, `practice` for the offline grader (never counts as verification).
   */
  verification: Verification;
  /** Who stands behind the grade: the platform (its own or an approved challenge) or the company. */
  issuer: Issuer;
  /**
   * Whom the grade counts for: `public`, `company` (the company's own unapproved challenge),
   * `practice` (nobody), `under_review` (flagged as steering the grader, waiting for the company's review).
   */
  standing: Standing;
  /** The version of the challenge's published rubric the grade was given under. */
  rubricVersion: number;
  gradedAt: string;
}

export interface ApplicationCreatedWebhookData {
  applicationId: string;
  jobId: string;
  companyId: string;
  candidateId: string;
  /** 0–100: how well the candidate's verified skills meet the job's requirements. */
  matchScore: number;
  createdAt: string;
}

export interface ApplicationStatusChangedWebhookData {
  applicationId: string;
  jobId: string;
  companyId: string;
  candidateId: string;
  previousStatus: ApplicationStatus;
  status: ApplicationStatus;
  changedAt: string;
}

export type SubmissionGradedWebhook = WebhookPayload<'submission.graded', SubmissionGradedWebhookData>;
export type ApplicationCreatedWebhook = WebhookPayload<'application.created', ApplicationCreatedWebhookData>;
export type ApplicationStatusChangedWebhook = WebhookPayload<
  'application.status_changed',
  ApplicationStatusChangedWebhookData
>;
export type AnyWebhookPayload = SubmissionGradedWebhook | ApplicationCreatedWebhook | ApplicationStatusChangedWebhook;
