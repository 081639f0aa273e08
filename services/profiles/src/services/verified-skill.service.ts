import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { Clock } from '@skillproof/platform';
import {
  ProfilesEvents,
  type GradeOverriddenData,
  type SubmissionGradedData,
  type VerifiedSkillView,
} from '@skillproof/contracts';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { supersedes, verifiedScoreOf, type EvidenceDecision } from './verified-score.rule';
import { toVerifiedSkillView } from './profile.views';

/** Keeps each candidate's verified skills in step with their graded submissions and overridden grades. */
@Injectable()
export class VerifiedSkillService {
  constructor(
    private readonly skills: VerifiedSkillRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async listFor(candidateId: string): Promise<VerifiedSkillView[]> {
    return (await this.skills.listByCandidate(candidateId)).map(toVerifiedSkillView);
  }

  /**
   * Records the graded submission as evidence for each of its skills and recomputes those skills.
   * `skillVerified` is emitted, in the same transaction, only where the score or level changed.
   */
  recordGraded(manager: EntityManager, graded: SubmissionGradedData, traceparent?: string): Promise<void> {
    return this.record(
      manager,
      graded.candidateId,
      graded.skills,
      {
        submissionId: graded.submissionId,
        challengeId: graded.challengeId,
        title: graded.challengeTitle,
        score: Math.round(graded.score),
        gradedAt: new Date(graded.gradedAt).toISOString(),
        round: graded.round ?? 1,
        overridden: false,
      },
      traceparent,
    );
  }

  /** A person's grade replaces the machine's for the same submission, as in the challenges service. */
  recordOverride(manager: EntityManager, override: GradeOverriddenData, traceparent?: string): Promise<void> {
    return this.record(
      manager,
      override.candidateId,
      override.skills,
      {
        submissionId: override.submissionId,
        challengeId: override.challengeId,
        title: override.challengeTitle,
        score: Math.round(override.score),
        gradedAt: new Date(override.overriddenAt).toISOString(),
        round: override.round ?? 1,
        overridden: true,
      },
      traceparent,
    );
  }

  private async record(
    manager: EntityManager,
    candidateId: string,
    skills: string[],
    decision: EvidenceDecision,
    traceparent?: string,
  ): Promise<void> {
    for (const skill of [...new Set(skills)].sort()) {
      await this.skills.lock(candidateId, skill, manager);
      const stored = await this.skills.findDecision(candidateId, skill, decision.submissionId, manager);
      if (supersedes(decision, stored)) await this.skills.saveDecision(candidateId, skill, decision, manager);
      await this.recompute(manager, candidateId, skill, traceparent);
    }
  }

  private async recompute(
    manager: EntityManager,
    candidateId: string,
    skill: string,
    traceparent?: string,
  ): Promise<void> {
    const before = await this.skills.findOne(candidateId, skill, manager);
    const after = verifiedScoreOf(await this.skills.listEvidence(candidateId, skill, manager), this.clock.now());
    if (!after) {
      if (before) await this.skills.remove(candidateId, skill, manager);
      return;
    }
    await this.skills.save({ candidateId, skill, ...after, verifiedAt: new Date(after.verifiedAt) }, manager);
    if (before?.score === after.score && before.level === after.level) return;
    await this.outbox.add(manager, ProfilesEvents.skillVerified, {
      subject: candidateId,
      traceparent,
      data: { candidateId, skill, ...after },
    });
  }
}
