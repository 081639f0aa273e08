import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '@skillproof/bus';
import { ProfilesEvents, type EventEnvelope, type SkillVerifiedData } from '@skillproof/contracts';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { ApplicationService } from '../services/application.service';

/** Keeps this service's copy of verified scores, so matching never asks another service. */
@Injectable()
export class SkillVerifiedConsumer {
  constructor(
    private readonly verifiedSkills: VerifiedSkillRepository,
    private readonly applications: ApplicationService,
  ) {}

  @ConsumeEvent(ProfilesEvents.skillVerified, { consumer: 'skill-verified', concurrency: 8 })
  async onSkillVerified(event: EventEnvelope<SkillVerifiedData>, manager: EntityManager): Promise<void> {
    const changed = await this.verifiedSkills.upsertIfNewer(event.data, manager);
    if (changed) await this.applications.rescoreCandidate(manager, event.data.candidateId);
  }
}
