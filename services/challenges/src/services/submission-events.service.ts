import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChallengesEvents, type SubmissionCreatedData } from '@skillproof/contracts';
import { Outbox } from '@skillproof/bus';
import type { ChallengeEntity } from '../entities/challenge.entity';
import type { SubmissionEntity } from '../entities/submission.entity';

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
      submittedAt: submission.submittedAt.toISOString(),
      round: submission.round,
    };
    const definition = submission.round === 1 ? ChallengesEvents.submissionCreated : ChallengesEvents.regradeRequested;
    return this.outbox.add(manager, definition, { subject: submission.id, traceparent, data });
  }
}
