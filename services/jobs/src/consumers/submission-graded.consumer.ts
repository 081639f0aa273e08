import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { GradingEvents, type EventEnvelope, type SubmissionGradedData } from '@skillproof/contracts';
import { WebhookFanoutService } from '../services/webhook-fanout.service';
import { submissionGradedWebhook } from '../services/webhook-payload.util';

/** Tells a company's endpoints when work submitted to one of its challenges is graded. */
@Injectable()
export class SubmissionGradedConsumer {
  constructor(private readonly fanout: WebhookFanoutService) {}

  @ConsumeEvent(GradingEvents.submissionGraded, { consumer: 'submission-graded-webhooks', concurrency: 8 })
  async onSubmissionGraded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    // Platform challenges belong to no company, so nobody is told.
    const { companyId } = event.data;
    if (!companyId) return;
    await this.fanout.enqueue(manager, submissionGradedWebhook({ ...event.data, companyId }));
  }
}
