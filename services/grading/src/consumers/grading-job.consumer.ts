import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChallengesEvents, type EventEnvelope, type SubmissionCreatedData } from '@skillproof/contracts';
import { ConsumeEvent, type ConsumeEventOptions } from '@skillproof/bus';
import type { GradingConfig } from '../config/grading.config';
import { SubmissionGradingService } from '../services/submission-grading.service';

/**
 * The grading work queue. Built from the config because the decorator needs the concurrency and
 * ack wait when the class is defined; every replica uses the same durable names, so they share
 * the work instead of each grading everything.
 */
export function gradingJobConsumer(config: GradingConfig): Type<unknown> {
  const options: Omit<ConsumeEventOptions, 'consumer'> = {
    concurrency: config.GRADING_CONCURRENCY,
    ackWaitMs: config.GRADING_ACK_WAIT_MS,
    maxDeliver: config.GRADING_MAX_DELIVER,
    retryBaseMs: config.GRADING_RETRY_BASE_MS,
  };

  @Injectable()
  class GradingJobConsumer {
    constructor(private readonly grading: SubmissionGradingService) {}

    @ConsumeEvent(ChallengesEvents.submissionCreated, { consumer: 'grader', ...options })
    onSubmissionCreated(event: EventEnvelope<SubmissionCreatedData>, manager: EntityManager): Promise<void> {
      return this.grading.execute(event, manager);
    }

    @ConsumeEvent(ChallengesEvents.regradeRequested, { consumer: 'regrader', ...options })
    regradeRequested(event: EventEnvelope<SubmissionCreatedData>, manager: EntityManager): Promise<void> {
      return this.grading.execute(event, manager);
    }
  }
  return GradingJobConsumer;
}
