import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ChallengesEvents,
  type BulkRegradeRequestedData,
  type EventEnvelope,
  type SubmissionCreatedData,
} from '@skillproof/contracts';
import { ConsumeEvent, durableName, type ConsumeEventOptions } from '@skillproof/bus';
import type { GradingConfig } from '../config/grading.config';
import { GradingPriority } from '../entities/grading-job.entity';
import { GradingWorker } from '../services/grading-worker.service';
import { SubmissionGradingService } from '../services/submission-grading.service';

/** Taking an event is one short transaction (inbox row and queued job), so a few at a time keep up. */
const INTAKE_CONCURRENCY = 8;

const GRADER = 'grader';
const REGRADER = 'regrader';
const BULK_REGRADER = 'bulk-regrader';

/**
 * Moves grading requests from the bus into the grading queue, where workers pick them in fair
 * order (see GradingWorker). Built from the config because the decorator needs the retry
 * settings when the class is defined; every replica uses the same durable names, so they share
 * the events instead of each taking everything.
 */
export function gradingJobConsumer(config: GradingConfig): Type<unknown> {
  const options: Omit<ConsumeEventOptions, 'consumer'> = {
    concurrency: INTAKE_CONCURRENCY,
    maxDeliver: config.GRADING_MAX_DELIVER,
    retryBaseMs: config.GRADING_RETRY_BASE_MS,
  };

  @Injectable()
  class GradingJobConsumer {
    constructor(
      private readonly grading: SubmissionGradingService,
      private readonly worker: GradingWorker,
    ) {}

    @ConsumeEvent(ChallengesEvents.submissionCreated, { consumer: GRADER, ...options })
    async onSubmissionCreated(event: EventEnvelope<SubmissionCreatedData>, manager: EntityManager): Promise<void> {
      await this.grading.accept(event, GradingPriority.interactive, durableName('grading', GRADER), manager);
      this.worker.expectJob();
    }

    /** A candidate's own re-grade waits on them like a first grading, so it is interactive too. */
    @ConsumeEvent(ChallengesEvents.regradeRequested, { consumer: REGRADER, ...options })
    async regradeRequested(event: EventEnvelope<SubmissionCreatedData>, manager: EntityManager): Promise<void> {
      await this.grading.accept(event, GradingPriority.interactive, durableName('grading', REGRADER), manager);
      this.worker.expectJob();
    }

    @ConsumeEvent(ChallengesEvents.bulkRegradeRequested, { consumer: BULK_REGRADER, ...options })
    async onBulkRegradeRequested(
      event: EventEnvelope<BulkRegradeRequestedData>,
      manager: EntityManager,
    ): Promise<void> {
      await this.grading.acceptBulk(event, durableName('grading', BULK_REGRADER), manager);
      this.worker.expectJob();
    }
  }
  return GradingJobConsumer;
}
