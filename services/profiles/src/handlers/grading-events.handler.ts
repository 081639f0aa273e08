import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { GradingEvents, type EventEnvelope, type SubmissionGradedData } from '@skillproof/contracts';
import { VerifiedSkillService } from '../services/verified-skill.service';
import { assertGradedData } from './evidence-data.guard';

@Injectable()
export class GradingEventsHandler {
  constructor(private readonly verifiedSkills: VerifiedSkillService) {}

  @ConsumeEvent(GradingEvents.submissionGraded, { consumer: 'verified-skills', concurrency: 4, maxDeliver: 5 })
  async onGraded(event: EventEnvelope<SubmissionGradedData>, manager: EntityManager): Promise<void> {
    assertGradedData(event.data);
    await this.verifiedSkills.recordGraded(manager, event.data, event.traceparent);
  }
}
