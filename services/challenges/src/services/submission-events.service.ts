import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChallengesEvents, type GradeDecision, type SubmissionCreatedData } from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { SubmissionEntity } from '../entities/submission.entity';
import { toSpec } from './code-challenge.rule';

/** Writes the events a submission change causes into the outbox of the caller's transaction. */
@Injectable()
export class SubmissionEvents {
  constructor(private readonly outbox: Outbox) {}

  statusChanged(manager: EntityManager, submission: SubmissionEntity, traceparent?: string): Promise<unknown> {
    return this.outbox.add(manager, ChallengesEvents.submissionStatusChanged, {
      subject: submission.id,
      traceparent,
      data: {
        submissionId: submission.id,
        challengeId: submission.challengeId,
        candidateId: submission.candidateId,
        companyId: submission.companyId,
        status: submission.status,
        round: submission.round,
        score: submission.score,
        changedAt: new Date().toISOString(),
      },
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
    const data: SubmissionCreatedData = {
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
    const definition = submission.round === 1 ? ChallengesEvents.submissionCreated : ChallengesEvents.regradeRequested;
    return this.outbox.add(manager, definition, { subject: submission.id, traceparent, data });
  }
}
