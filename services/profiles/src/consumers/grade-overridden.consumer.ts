import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { ChallengesEvents, type EventEnvelope, type GradeOverriddenData } from '@skillproof/contracts';
import { VerifiedSkillService } from '../services/verified-skill.service';
import { assertOverriddenData } from './evidence-data.guard';

/** A person's grade replaces the machine's in the evidence, and the verified score follows. */
@Injectable()
export class GradeOverriddenConsumer {
  constructor(private readonly verifiedSkills: VerifiedSkillService) {}

  @ConsumeEvent(ChallengesEvents.gradeOverridden, { consumer: 'verified-skill-overrides', maxDeliver: 5 })
  async onGradeOverridden(event: EventEnvelope<GradeOverriddenData>, manager: EntityManager): Promise<void> {
    assertOverriddenData(event.data);
    await this.verifiedSkills.recordOverride(manager, event.data, event.traceparent);
  }
}
