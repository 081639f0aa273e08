import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  EventEnvelope,
  SubmissionGradedData,
  SubmissionGradingFailedData,
  SubmissionGradingStartedData,
} from '@skillproof/contracts';
import type { SubmissionEntity } from '../entities/submission.entity';
import { ChallengeRepository } from '../repositories/challenge.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { isFlagged, issuerOf, standingOf, verificationOf } from './grade-trust.rule';
import { SubmissionEvents } from './submission-events.service';
import { nextState, type SubmissionStep } from './submission-state.rule';

/**
 * Records what grading reports. Every method runs in the inbox transaction of its event; a report
 * the state machine calls stale (an older round, an outcome already recorded) changes nothing.
 */
@Injectable()
export class GradingOutcomeService {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly submissions: SubmissionRepository,
    private readonly events: SubmissionEvents,
  ) {}

  async started(event: EventEnvelope<SubmissionGradingStartedData>, manager: EntityManager): Promise<void> {
    const { submissionId, round = 1 } = event.data;
    if (!(await this.accepts(submissionId, { kind: 'grading_started', round }, manager))) return;
    const submission = await this.submissions.markGrading(submissionId, manager);
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  async graded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const round = data.round ?? 1;
    if (!(await this.accepts(data.submissionId, { kind: 'graded', round }, manager))) return;
    const challenge = (await this.challenges.findById(data.challengeId, manager))!;
    const verification = verificationOf(data.grader);
    const submission = await this.submissions.recordGrade(
      data.submissionId,
      {
        score: data.score,
        criteria: data.criteria,
        feedback: data.feedback,
        grader: data.grader,
        graderVersion: data.graderVersion,
        model: data.model,
        rubricVersion: data.rubricVersion,
        tokens: data.tokens,
        costUsd: data.costUsd,
        flags: data.flags,
        gradedAt: new Date(data.gradedAt),
        testResults: data.tests ?? null,
        codeScoring: data.scoring ?? null,
        aiReview: data.aiReview ?? null,
        verification,
        issuer: issuerOf(challenge),
        reviewer: null,
        standing: standingOf(verification, challenge, { flagged: isFlagged(data.flags), reviewer: null }),
      },
      manager,
    );
    await this.submissions.appendHistory(
      {
        kind: 'graded',
        submissionId: submission.id,
        round,
        rubricVersion: data.rubricVersion,
        score: data.score,
        grader: data.grader,
        graderVersion: data.graderVersion,
      },
      manager,
    );
    const attempts = await this.submissions.countAttempts(submission.candidateId, challenge.id, manager);
    await this.events.gradeRecorded(
      manager,
      submission,
      challenge,
      { decision: 'graded', attempts, reason: null },
      event.traceparent,
    );
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  async failed(event: EventEnvelope<SubmissionGradingFailedData>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const round = data.round ?? 1;
    if (!(await this.accepts(data.submissionId, { kind: 'failed', round }, manager))) return;
    const submission: SubmissionEntity = await this.submissions.recordFailure(data.submissionId, data.reason, manager);
    await this.submissions.appendHistory(
      {
        kind: 'failed',
        submissionId: submission.id,
        round,
        rubricVersion: submission.rubricVersion,
        grader: data.grader ?? null,
        graderVersion: data.graderVersion ?? null,
        reason: data.reason,
      },
      manager,
    );
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  /** Locks the submission and asks the state machine whether the report still applies. */
  private async accepts(id: string, step: SubmissionStep, manager: EntityManager): Promise<boolean> {
    const submission = await this.submissions.findByIdForUpdate(id, manager);
    return submission !== null && nextState(submission, step).ok;
  }
}
