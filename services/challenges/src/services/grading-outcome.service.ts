import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  EventEnvelope,
  SubmissionGradedData,
  SubmissionGradingFailedData,
  SubmissionGradingStartedData,
} from '@skillproof/contracts';
import type { SubmissionEntity } from '../entities/submission.entity';
import { SubmissionRepository } from '../repositories/submission.repository';
import { SubmissionEvents } from './submission-events';

/**
 * Records what grading reports. Every method runs in the inbox transaction of its event; an event
 * for an older round (a re-grade started meanwhile) or one that arrives after the outcome is ignored.
 */
@Injectable()
export class GradingOutcomeService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly events: SubmissionEvents,
  ) {}

  async started(event: EventEnvelope<SubmissionGradingStartedData>, manager: EntityManager): Promise<void> {
    const { submissionId, round = 1 } = event.data;
    if (!(await this.submissions.markGrading(manager, submissionId, round))) return;
    const submission = (await this.submissions.findById(submissionId, manager))!;
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  async graded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const submission = await this.findOpen(manager, data.submissionId, data.round ?? 1);
    if (!submission) return;
    Object.assign(submission, {
      status: 'graded',
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
      failureReason: null,
      gradedAt: new Date(data.gradedAt),
    });
    await this.submissions.save(manager, submission);
    await this.submissions.appendHistory(manager, {
      kind: 'graded',
      submissionId: submission.id,
      round: submission.round,
      rubricVersion: data.rubricVersion,
      score: data.score,
      grader: data.grader,
      graderVersion: data.graderVersion,
    });
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  async failed(event: EventEnvelope<SubmissionGradingFailedData>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const submission = await this.findOpen(manager, data.submissionId, data.round ?? 1);
    if (!submission) return;
    submission.status = 'failed';
    submission.failureReason = data.reason;
    await this.submissions.save(manager, submission);
    await this.submissions.appendHistory(manager, {
      kind: 'failed',
      submissionId: submission.id,
      round: submission.round,
      rubricVersion: submission.rubricVersion,
      grader: data.grader ?? null,
      graderVersion: data.graderVersion ?? null,
      reason: data.reason,
    });
    await this.events.statusChanged(manager, submission, event.traceparent);
  }

  private async findOpen(manager: EntityManager, id: string, round: number): Promise<SubmissionEntity | undefined> {
    const submission = await this.submissions.findForUpdate(manager, id);
    if (!submission || submission.round !== round) return undefined;
    return submission.status === 'queued' || submission.status === 'grading' ? submission : undefined;
  }
}
