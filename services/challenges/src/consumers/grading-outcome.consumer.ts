import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  GradingEvents,
  type EventEnvelope,
  type SubmissionGradedData,
  type SubmissionGradingFailedData,
  type SubmissionGradingStartedData,
} from '@skillproof/contracts';
import { ConsumeEvent } from '@skillproof/bus';
import { GradingOutcomeService } from '../services/grading-outcome.service';

/** What grading reports about a submission, applied once each through the inbox. */
@Injectable()
export class GradingOutcomeConsumer {
  constructor(private readonly outcomes: GradingOutcomeService) {}

  @ConsumeEvent(GradingEvents.submissionStarted, { consumer: 'grading-started' })
  onStarted(event: EventEnvelope<SubmissionGradingStartedData>, manager: EntityManager): Promise<void> {
    return this.outcomes.started(event, manager);
  }

  @ConsumeEvent(GradingEvents.submissionGraded, { consumer: 'grading-graded' })
  onGraded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    return this.outcomes.graded(event, manager);
  }

  @ConsumeEvent(GradingEvents.submissionFailed, { consumer: 'grading-failed' })
  onFailed(event: EventEnvelope<SubmissionGradingFailedData>, manager: EntityManager): Promise<void> {
    return this.outcomes.failed(event, manager);
  }
}
