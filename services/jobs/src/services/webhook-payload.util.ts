import {
  WEBHOOK_PAYLOAD_VERSIONS,
  type ApplicationCreatedData,
  type ApplicationCreatedWebhook,
  type ApplicationStatusChangedData,
  type ApplicationStatusChangedWebhook,
  type GradeRecordedData,
  type GraderName,
  type SubmissionGradedWebhook,
} from '@skillproof/contracts';

/**
 * Internal events to the public payloads companies receive. Every field is named here on purpose:
 * an internal field (tokens, cost, grader version, flags) reaches no receiver, and renaming one
 * inside the platform fails to compile here instead of changing an external API.
 */

/** Only for a machine grade of a company's own challenge: platform challenges have nobody to tell. */
export function submissionGradedWebhook(
  event: GradeRecordedData & { companyId: string; grader: GraderName },
): SubmissionGradedWebhook {
  return {
    type: 'submission.graded',
    version: WEBHOOK_PAYLOAD_VERSIONS['submission.graded'],
    timestamp: event.gradedAt,
    data: {
      submissionId: event.submissionId,
      challengeId: event.challengeId,
      challengeTitle: event.challengeTitle,
      skills: [...event.skills],
      candidateId: event.candidateId,
      companyId: event.companyId,
      round: event.round ?? 1,
      score: event.score,
      criteria: event.criteria.map(({ key, score, feedback }) => ({ key, score, feedback })),
      feedback: event.feedback ?? '',
      grader: event.grader,
      model: event.model,
      verification: event.verification,
      issuer: { ...event.issuer },
      standing: event.standing,
      rubricVersion: event.rubricVersion,
      gradedAt: event.gradedAt,
    },
  };
}

export function applicationCreatedWebhook(event: ApplicationCreatedData): ApplicationCreatedWebhook {
  return {
    type: 'application.created',
    version: WEBHOOK_PAYLOAD_VERSIONS['application.created'],
    timestamp: event.createdAt,
    data: {
      applicationId: event.applicationId,
      jobId: event.jobId,
      companyId: event.companyId,
      candidateId: event.candidateId,
      matchScore: event.matchScore,
      createdAt: event.createdAt,
    },
  };
}

export function applicationStatusChangedWebhook(event: ApplicationStatusChangedData): ApplicationStatusChangedWebhook {
  return {
    type: 'application.status_changed',
    version: WEBHOOK_PAYLOAD_VERSIONS['application.status_changed'],
    timestamp: event.changedAt,
    data: {
      applicationId: event.applicationId,
      jobId: event.jobId,
      companyId: event.companyId,
      candidateId: event.candidateId,
      previousStatus: event.previousStatus,
      status: event.status,
      changedAt: event.changedAt,
    },
  };
}
