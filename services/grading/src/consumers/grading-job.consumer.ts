import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ChallengesEvents,
  type BulkRegradeRequestedData,
  type EventEnvelope,
  type SubmissionCreatedData,
} from '@skillproof/contracts';
import { ConsumeEvents, durableName, type ConsumeEventsOptions } from '@skillproof/bus';
import type { GradingConfig } from '../config/grading.config';
import { GradingPriority } from '../entities/grading-job.entity';
import { SubmissionGradingService } from '../services/submission-grading.service';

/**
 * Events that arrive together are taken in one short transaction (their inbox rows and queued
 * jobs, a few statements whatever their number): a burst of a thousand submissions is queued in a
 * handful of commits, so the worker slots fill at once. Two at a time leave the rest of the
 * replica's pool to claims and records.
 */
const INTAKE_BATCH_SIZE = 100;
const INTAKE_CONCURRENCY = 2;

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
  const options: Omit<ConsumeEventsOptions, 'consumer'> = {
    concurrency: INTAKE_CONCURRENCY,
    batchSize: INTAKE_BATCH_SIZE,
    maxDeliver: config.GRADING_MAX_DELIVER,
    retryBaseMs: config.GRADING_RETRY_BASE_MS,
  };

  @Injectable()
  class GradingJobConsumer {
    constructor(private readonly grading: SubmissionGradingService) {}

    @ConsumeEvents(ChallengesEvents.submissionCreated, { consumer: GRADER, ...options })
    async onSubmissionsCreated(
      events: Array<EventEnvelope<SubmissionCreatedData>>,
      manager: EntityManager,
    ): Promise<void> {
      await this.grading.accept(events, GradingPriority.interactive, durableName('grading', GRADER), manager);
    }

    /** A candidate's own re-grade waits on them like a first grading, so it is interactive too. */
    @ConsumeEvents(ChallengesEvents.regradeRequested, { consumer: REGRADER, ...options })
    async onRegradesRequested(
      events: Array<EventEnvelope<SubmissionCreatedData>>,
      manager: EntityManager,
    ): Promise<void> {
      await this.grading.accept(events, GradingPriority.interactive, durableName('grading', REGRADER), manager);
    }

    @ConsumeEvents(ChallengesEvents.bulkRegradeRequested, { consumer: BULK_REGRADER, ...options })
    async onBulkRegradesRequested(
      events: Array<EventEnvelope<BulkRegradeRequestedData>>,
      manager: EntityManager,
    ): Promise<void> {
      await this.grading.acceptBulk(events, durableName('grading', BULK_REGRADER), manager);
    }
  }
  return GradingJobConsumer;
}
