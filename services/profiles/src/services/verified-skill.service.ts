import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { ProfilesEvents, type SubmissionGradedData, type VerifiedSkillView } from '@skillproof/contracts';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { verifiedScoreOf } from './verified-score.rule';
import { toVerifiedSkillView } from './views';

/** Keeps each candidate's verified skills in step with their graded submissions. */
@Injectable()
export class VerifiedSkillService {
  constructor(
    private readonly skills: VerifiedSkillRepository,
    private readonly outbox: Outbox,
  ) {}

  async listFor(candidateId: string): Promise<VerifiedSkillView[]> {
    return (await this.skills.listByCandidate(candidateId)).map(toVerifiedSkillView);
  }

  /**
   * Records the graded submission as evidence for each of its skills and recomputes those skills.
   * `skillVerified` is emitted, in the same transaction, only where the score or level changed.
   */
  async recordGraded(manager: EntityManager, graded: SubmissionGradedData, traceparent?: string): Promise<void> {
    const evidence = {
      submissionId: graded.submissionId,
      challengeId: graded.challengeId,
      title: graded.challengeTitle,
      score: Math.round(graded.score),
      gradedAt: new Date(graded.gradedAt).toISOString(),
    };
    for (const skill of [...new Set(graded.skills)].sort()) {
      await this.skills.lock(manager, graded.candidateId, skill);
      await this.skills.upsertEvidence(manager, graded.candidateId, skill, evidence);
      await this.recompute(manager, graded.candidateId, skill, traceparent);
    }
  }

  private async recompute(
    manager: EntityManager,
    candidateId: string,
    skill: string,
    traceparent?: string,
  ): Promise<void> {
    const before = await this.skills.findOne(manager, candidateId, skill);
    const after = verifiedScoreOf(await this.skills.listEvidence(manager, candidateId, skill), new Date());
    if (!after) {
      if (before) await this.skills.remove(manager, candidateId, skill);
      return;
    }
    await this.skills.save(manager, { candidateId, skill, ...after, verifiedAt: new Date(after.verifiedAt) });
    if (before?.score === after.score && before.level === after.level) return;
    await this.outbox.add(manager, ProfilesEvents.skillVerified, {
      subject: candidateId,
      traceparent,
      data: { candidateId, skill, ...after },
    });
  }
}
