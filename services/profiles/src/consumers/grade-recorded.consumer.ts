import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { ChallengesEvents, type EventEnvelope, type GradeRecordedData } from '@skillproof/contracts';
import { VerifiedSkillService } from '../services/verified-skill.service';
import { assertRecordedData } from './evidence-data.guard';

/** Turns each recorded grade into evidence for the candidate's verified skills. */
@Injectable()
export class GradeRecordedConsumer {
  constructor(private readonly verifiedSkills: VerifiedSkillService) {}

  @ConsumeEvent(ChallengesEvents.gradeRecorded, { consumer: 'verified-skill-grades', concurrency: 4, maxDeliver: 5 })
  async onGradeRecorded(event: EventEnvelope<GradeRecordedData>, manager: EntityManager): Promise<void> {
    assertRecordedData(event.data);
    await this.verifiedSkills.recordGrade(manager, event.data, event.traceparent);
  }
}
