import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { ChallengesEvents, type EventEnvelope, type GradeRecordedData } from '@skillproof/contracts';
import { WebhookFanoutService } from '../services/webhook-fanout.service';
import { submissionGradedWebhook } from '../services/webhook-payload.util';

/**
 * Tells a company's endpoints when work submitted to one of its challenges is graded. It follows
 * the challenges service's record of the grade, which knows how the grade was earned and whom it
 * counts for; a person's later review or acceptance is not a new `submission.graded`.
 */
@Injectable()
export class SubmissionGradedConsumer {
  constructor(private readonly fanout: WebhookFanoutService) {}

  @ConsumeEvent(ChallengesEvents.gradeRecorded, { consumer: 'grade-recorded-webhooks', concurrency: 8 })
  async onGradeRecorded(event: EventEnvelope<GradeRecordedData>, manager: EntityManager): Promise<void> {
    // Platform challenges belong to no company, so nobody is told.
    const { companyId, decision, grader } = event.data;
    if (!companyId || decision !== 'graded' || grader === 'human') return;
    await this.fanout.enqueue(manager, submissionGradedWebhook({ ...event.data, companyId, grader }));
  }
}
