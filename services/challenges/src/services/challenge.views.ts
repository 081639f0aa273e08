import {
  TESTS_ONLY_SCORING,
  type AttemptView,
  type ChallengeCodeView,
  type ChallengeSummary,
  type ChallengeView,
  type CodeTestResult,
  type GradeHistoryEntry,
  type SubmissionView,
} from '@skillproof/contracts';
import type { AttemptEntity } from '../entities/attempt.entity';
import type { ChallengeEntity, StoredCode } from '../entities/challenge.entity';
import type { GradeHistoryEntity } from '../entities/grade-history.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { grantsPublicVerification, issuerOf } from './grade-trust.rule';
import { regradeAvailable } from './submission-state.rule';

/**
 * A challenge as its reader may see it. `owner` (the owning company or an admin) sees a code
 * challenge whole; everyone else never gets a hidden test or the reference solution. Owners are
 * also told how many grades an older rubric made, when the caller counted them.
 */
export function toChallengeView(
  challenge: ChallengeEntity,
  reader: 'owner' | 'public',
  outdatedGrades?: number,
): ChallengeView {
  return {
    id: challenge.id,
    title: challenge.title,
    brief: challenge.brief,
    skills: challenge.skills,
    difficulty: challenge.difficulty,
    timeLimitMinutes: challenge.timeLimitMinutes,
    status: challenge.status,
    kind: challenge.kind,
    rubric: { version: challenge.rubricVersion, criteria: challenge.criteria },
    code: challenge.code ? toCodeView(challenge.code, reader) : null,
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
    ...(reader === 'owner' && outdatedGrades !== undefined ? { outdatedGrades } : {}),
    createdAt: challenge.createdAt.toISOString(),
    publishedAt: challenge.publishedAt?.toISOString() ?? null,
    archivedAt: challenge.archivedAt?.toISOString() ?? null,
  };
}

function toCodeView(code: StoredCode, reader: 'owner' | 'public'): ChallengeCodeView {
  const shown = reader === 'owner' ? code.tests : code.tests.filter((test) => !test.hidden);
  return {
    language: code.language,
    entrypoint: code.entrypoint,
    starterCode: code.starterCode,
    tests: shown.map(({ name, args, expected, weight, hidden }) => ({ name, args, expected, weight, hidden })),
    hiddenTestCount: code.tests.filter((test) => test.hidden).length,
    timeLimitMs: code.limits.timeMs,
    memoryLimitMb: code.limits.memoryMb,
    ...(reader === 'owner' ? { referenceSolution: code.referenceSolution } : {}),
    ...(code.sql ? { sql: code.sql } : {}),
    scoring: code.scoring ?? TESTS_ONLY_SCORING,
  };
}

export function toChallengeSummary(challenge: ChallengeEntity): ChallengeSummary {
  return {
    id: challenge.id,
    title: challenge.title,
    skills: challenge.skills,
    difficulty: challenge.difficulty,
    timeLimitMinutes: challenge.timeLimitMinutes,
    kind: challenge.kind,
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
    ...(submission.testResults ? { tests: submission.testResults.map(toTestView) } : {}),
    ...(submission.codeScoring ? { scoring: submission.codeScoring } : {}),
    ...(submission.aiReview ? { aiReview: submission.aiReview } : {}),
  };
}

/** A hidden test shows only how it went: whatever it expected or got back would give it away. */
function toTestView(test: CodeTestResult): CodeTestResult {
  const { name, hidden, weight, status, timeMs } = test;
  if (hidden) return { name, hidden, weight, status, timeMs };
  return { ...test };
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
