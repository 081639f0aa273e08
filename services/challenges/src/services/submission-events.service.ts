import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ChallengesEvents,
  type GradeDecision,
  type SubmissionCreatedData,
  type SubmissionStatusChangedData,
} from '@skillproof/contracts';
import { Outbox, type OutboxEntry } from '@skillproof/bus';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { RegradeEntity } from '../entities/regrade.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { toSpec } from './code-challenge.rule';

/** Submissions per outbox statement of a bulk re-grade: each carries its work, so batches stay a few MB. */
const BULK_BATCH = 200;

/** Writes the events a submission change causes into the outbox of the caller's transaction. */
@Injectable()
export class SubmissionEvents {
  constructor(private readonly outbox: Outbox) {}

  statusChanged(manager: EntityManager, submission: SubmissionEntity, traceparent?: string): Promise<unknown> {
    return this.outbox.add(manager, ChallengesEvents.submissionStatusChanged, {
      subject: submission.id,
      traceparent,
      data: statusOf(submission),
    });
  }

  /**
   * Tells evidence consumers (profiles, jobs) that a grade now stands, with how it was earned and
   * whom it counts for. Sent for every recorded grade, flagged ones included, so a consumer that
   * keeps an earlier round's evidence learns it no longer counts.
   */
  gradeRecorded(
    manager: EntityManager,
    submission: SubmissionEntity,
    challenge: ChallengeEntity,
    recorded: { decision: GradeDecision; attempts: number; reason: string | null },
    traceparent?: string,
  ): Promise<unknown> {
    return this.outbox.add(manager, ChallengesEvents.gradeRecorded, {
      subject: submission.id,
      traceparent,
      data: {
        ...recorded,
        submissionId: submission.id,
        challengeId: challenge.id,
        candidateId: submission.candidateId,
        companyId: challenge.companyId,
        challengeTitle: challenge.title,
        skills: challenge.skills,
        round: submission.round,
        score: submission.score!,
        criteria: submission.criteria,
        feedback: submission.feedback,
        grader: submission.grader!,
        model: submission.model,
        rubricVersion: submission.rubricVersion,
        gradedAt: submission.gradedAt!.toISOString(),
        verification: submission.verification!,
        issuer: submission.issuer,
        reviewer: submission.reviewer,
        standing: submission.standing!,
      },
    });
  }

  /** Asks grading for a grade: the first one at submission, the re-grade later. */
  gradingWanted(
    manager: EntityManager,
    submission: SubmissionEntity,
    challenge: ChallengeEntity,
    traceparent?: string,
  ): Promise<unknown> {
    const definition = submission.round === 1 ? ChallengesEvents.submissionCreated : ChallengesEvents.regradeRequested;
    return this.outbox.add(manager, definition, {
      subject: submission.id,
      traceparent,
      data: gradingRequestOf(submission, challenge),
    });
  }

  /**
   * Asks grading, in bulk and at low priority, for the new round of each submission a re-grade
   * queued, and tells live views they are queued again: two events per submission, written in the
   * caller's transaction with the re-grade itself, so that a crash leaves all of them or none.
   */
  async bulkRegradeWanted(
    manager: EntityManager,
    submissions: SubmissionEntity[],
    challenge: ChallengeEntity,
    regrade: RegradeEntity,
    traceparent?: string,
  ): Promise<void> {
    for (let start = 0; start < submissions.length; start += BULK_BATCH) {
      const entries = submissions.slice(start, start + BULK_BATCH).flatMap((submission): OutboxEntry<unknown>[] => [
        {
          definition: ChallengesEvents.bulkRegradeRequested,
          event: {
            subject: submission.id,
            traceparent,
            data: { ...gradingRequestOf(submission, challenge), regradeId: regrade.id, regradeTotal: regrade.total },
          },
        },
        {
          definition: ChallengesEvents.submissionStatusChanged,
          event: { subject: submission.id, traceparent, data: statusOf(submission) },
        },
      ]);
      await this.outbox.addMany(manager, entries);
    }
  }
}

function statusOf(submission: SubmissionEntity): SubmissionStatusChangedData {
  return {
    submissionId: submission.id,
    challengeId: submission.challengeId,
    candidateId: submission.candidateId,
    companyId: submission.companyId,
    status: submission.status,
    round: submission.round,
    score: submission.score,
    changedAt: new Date().toISOString(),
  };
}

/** What grading needs to grade a round of the submission against the challenge as it now is. */
function gradingRequestOf(submission: SubmissionEntity, challenge: ChallengeEntity): SubmissionCreatedData {
  return {
    submissionId: submission.id,
    attemptId: submission.attemptId,
    challengeId: challenge.id,
    candidateId: submission.candidateId,
    companyId: challenge.companyId,
    challengeTitle: challenge.title,
    brief: challenge.brief,
    skills: challenge.skills,
    rubricVersion: challenge.rubricVersion,
    criteria: challenge.criteria,
    content: submission.content,
    ...(challenge.code ? { code: toSpec(challenge.code) } : {}),
    submittedAt: submission.submittedAt.toISOString(),
    round: submission.round,
  };
}
