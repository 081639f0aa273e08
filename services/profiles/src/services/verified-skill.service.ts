import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { Clock } from '@skillproof/platform';
import { ProfilesEvents, type GradeRecordedData, type VerifiedSkillView } from '@skillproof/contracts';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { skillScoresOf, supersedes, type EvidenceDecision } from './verified-score.rule';
import { toVerifiedSkillView } from './profile.views';

/** Keeps each candidate's verified skills in step with the grades the challenges service records. */
@Injectable()
export class VerifiedSkillService {
  constructor(
    private readonly skills: VerifiedSkillRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async listFor(candidateId: string): Promise<VerifiedSkillView[]> {
    return (await this.skills.listPublicByCandidate(candidateId)).map(toVerifiedSkillView);
  }

  /**
   * Records the grade as evidence for each of its skills and recomputes those skills. A company's
   * review is kept beside the grade it reviews; any other decision replaces the submission's grade.
   * `skillVerified` is emitted, in the same transaction, only where a score changed; `accountChanged`
   * once where a skill the candidate's own view shows (one with a public score) was recomputed,
   * since its evidence may have changed even where its score did not.
   */
  async recordGrade(manager: EntityManager, recorded: GradeRecordedData, traceparent?: string): Promise<void> {
    const companyReview = recorded.decision === 'overridden' && recorded.reviewer?.kind === 'company';
    const decision: EvidenceDecision = {
      submissionId: recorded.submissionId,
      challengeId: recorded.challengeId,
      title: recorded.challengeTitle,
      score: Math.round(recorded.score),
      gradedAt: new Date(recorded.gradedAt).toISOString(),
      verification: recorded.verification,
      issuer: recorded.issuer,
      reviewer: recorded.reviewer,
      standing: recorded.standing,
      attempts: recorded.attempts,
      counts: recorded.standing === 'public',
      source: companyReview ? 'company_review' : 'grade',
      round: recorded.round,
      overridden: recorded.decision === 'overridden',
    };
    let shown = false;
    for (const skill of [...new Set(recorded.skills)].sort()) {
      await this.skills.lock(recorded.candidateId, skill, manager);
      const stored = await this.skills.findDecision(
        recorded.candidateId,
        skill,
        decision.submissionId,
        decision.source,
        manager,
      );
      if (supersedes(decision, stored)) await this.skills.saveDecision(recorded.candidateId, skill, decision, manager);
      if (await this.recompute(manager, recorded.candidateId, skill, traceparent)) shown = true;
    }
    if (shown) {
      await this.outbox.add(manager, ProfilesEvents.accountChanged, {
        subject: recorded.candidateId,
        traceparent,
        data: { userId: recorded.candidateId },
      });
    }
  }

  /** Recomputes the skill; returns whether it has a public score before or after, which own views show. */
  private async recompute(
    manager: EntityManager,
    candidateId: string,
    skill: string,
    traceparent?: string,
  ): Promise<boolean> {
    const now = this.clock.now();
    const before = await this.skills.findOne(candidateId, skill, manager);
    const after = skillScoresOf(await this.skills.listEvidence(candidateId, skill, manager), now);
    const publicScore = after.public;
    const shown = (before?.score ?? null) !== null || publicScore !== null;
    if (!publicScore && Object.keys(after.companyScores).length === 0) {
      if (before) await this.skills.remove(candidateId, skill, manager);
      if (before) await this.announce(manager, candidateId, skill, after, now, traceparent);
      return shown;
    }
    const row = {
      candidateId,
      skill,
      score: publicScore?.score ?? null,
      level: publicScore?.level ?? null,
      verifiedAt: publicScore ? new Date(publicScore.verifiedAt) : null,
      evidence: after.shown,
      companyScores: after.companyScores,
    };
    await this.skills.save(row, manager);
    const unchanged =
      before?.score === row.score &&
      before.level === row.level &&
      JSON.stringify(before.companyScores) === JSON.stringify(row.companyScores);
    if (!unchanged) await this.announce(manager, candidateId, skill, after, now, traceparent);
    return shown;
  }

  private async announce(
    manager: EntityManager,
    candidateId: string,
    skill: string,
    scores: ReturnType<typeof skillScoresOf>,
    now: Date,
    traceparent?: string,
  ): Promise<void> {
    await this.outbox.add(manager, ProfilesEvents.skillVerified, {
      subject: candidateId,
      traceparent,
      data: {
        candidateId,
        skill,
        score: scores.public?.score ?? null,
        level: scores.public?.level ?? null,
        verifiedAt: scores.public?.verifiedAt ?? null,
        evidence: scores.shown,
        companyScores: scores.companyScores,
        computedAt: now.toISOString(),
      },
    });
  }
}
