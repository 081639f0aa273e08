import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { GradingEvents, type EventEnvelope, type SubmissionGradedData } from '@skillproof/contracts';
import { VerifiedSkillService } from '../services/verified-skill.service';
import { assertGradedData } from './evidence-data.guard';

/** Turns each graded submission into evidence for the candidate's verified skills. */
@Injectable()
export class SubmissionGradedConsumer {
  constructor(private readonly verifiedSkills: VerifiedSkillService) {}

  @ConsumeEvent(GradingEvents.submissionGraded, { consumer: 'verified-skills', concurrency: 4, maxDeliver: 5 })
  async onSubmissionGraded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    assertGradedData(event.data);
    await this.verifiedSkills.recordGraded(manager, event.data, event.traceparent);
  }
}
