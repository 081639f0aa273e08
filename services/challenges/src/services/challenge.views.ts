import type {
  AttemptView,
  ChallengeSummary,
  ChallengeView,
  GradeHistoryEntry,
  SubmissionView,
} from '@skillproof/contracts';
import type { AttemptEntity } from '../entities/attempt.entity';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { GradeHistoryEntity } from '../entities/grade-history.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { grantsPublicVerification, issuerOf } from './grade-trust.rule';
import { regradeAvailable } from './submission-state.rule';

export function toChallengeView(challenge: ChallengeEntity): ChallengeView {
  return {
    id: challenge.id,
    title: challenge.title,
    brief: challenge.brief,
    skills: challenge.skills,
    difficulty: challenge.difficulty,
    timeLimitMinutes: challenge.timeLimitMinutes,
    status: challenge.status,
    rubric: { version: challenge.rubricVersion, criteria: challenge.criteria },
    companyId: challenge.companyId,
    issuer: issuerOf(challenge),
    approval:
      challenge.approvedAt && challenge.approvedBy
        ? {
            approvedBy: challenge.approvedBy,
            approvedAt: challenge.approvedAt.toISOString(),
            reason: challenge.approvalReason ?? '',
          }
        : null,
    grantsPublicVerification: grantsPublicVerification(challenge),
    cooldownDays: challenge.cooldownDays,
    createdAt: challenge.createdAt.toISOString(),
    publishedAt: challenge.publishedAt?.toISOString() ?? null,
    archivedAt: challenge.archivedAt?.toISOString() ?? null,
  };
}

export function toChallengeSummary(challenge: ChallengeEntity): ChallengeSummary {
  return {
    id: challenge.id,
    title: challenge.title,
    skills: challenge.skills,
    difficulty: challenge.difficulty,
    timeLimitMinutes: challenge.timeLimitMinutes,
    companyId: challenge.companyId,
    issuer: issuerOf(challenge),
    grantsPublicVerification: grantsPublicVerification(challenge),
    publishedAt: (challenge.publishedAt ?? challenge.createdAt).toISOString(),
  };
}

export function toAttemptView(attempt: AttemptEntity): AttemptView {
  return {
    id: attempt.id,
    challengeId: attempt.challengeId,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
  };
}

export function toSubmissionView(
  submission: SubmissionEntity,
  history: GradeHistoryEntity[],
  attempts: number,
): SubmissionView {
  return {
    id: submission.id,
    attemptId: submission.attemptId,
    challengeId: submission.challengeId,
    candidateId: submission.candidateId,
    status: submission.status,
    round: submission.round,
    score: submission.score,
    criteria: submission.criteria,
    feedback: submission.feedback,
    grader: submission.grader,
    graderVersion: submission.graderVersion,
    model: submission.model,
    rubricVersion: submission.rubricVersion,
    tokens: submission.tokens,
    costUsd: submission.costUsd,
    flags: submission.flags,
    failureReason: submission.failureReason,
    submittedAt: submission.submittedAt.toISOString(),
    gradedAt: submission.gradedAt?.toISOString() ?? null,
    regradeAvailable: regradeAvailable(submission),
    history: history.map(toHistoryEntry),
    verification: submission.verification,
    issuer: submission.issuer,
    reviewer: submission.reviewer,
    standing: submission.standing,
    attempts,
  };
}

function toHistoryEntry(entry: GradeHistoryEntity): GradeHistoryEntry {
  return {
    kind: entry.kind,
    round: entry.round,
    score: entry.score,
    grader: entry.grader,
    graderVersion: entry.graderVersion,
    rubricVersion: entry.rubricVersion,
    actorId: entry.actorId,
    reason: entry.reason,
    at: entry.createdAt.toISOString(),
  };
}
