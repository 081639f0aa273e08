import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { VerificationEvidence } from '@skillproof/contracts';
import { SkillEvidenceEntity } from '../entities/skill-evidence.entity';
import { VerifiedSkillEntity } from '../entities/verified-skill.entity';
import type { EvidenceDecision, EvidenceSource } from '../services/verified-score.rule';

@Injectable()
export class VerifiedSkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidate's publicly verified skills, best first. */
  listPublicByCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerifiedSkillEntity[]> {
    return manager.find(VerifiedSkillEntity, {
      where: { candidateId, score: Not(IsNull()) },
      order: { score: 'DESC', skill: 'ASC' },
    });
  }

  /**
   * Serialises the work on one candidate's skill until the transaction ends, so two grades arriving
   * at once on two consumers both end up in the recomputed score.
   */
  async lock(candidateId: string, skill: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${candidateId}:${skill}`]);
  }

  /** The decision stored as the submission's evidence (of that source) for the skill, if any. */
  async findDecision(
    candidateId: string,
    skill: string,
    submissionId: string,
    source: EvidenceSource,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvidenceDecision | null> {
    const row = await manager.findOneBy(SkillEvidenceEntity, { candidateId, skill, submissionId, source });
    return row ? { ...toEvidence(row), source, round: row.round, overridden: row.overridden } : null;
  }

  /**
   * Stores the decision as the submission's evidence for the skill, replacing the one stored; the
   * caller has decided it supersedes it. One INSERT ... ON CONFLICT statement, so the row and its
   * replacement are written the same way.
   */
  async saveDecision(
    candidateId: string,
    skill: string,
    decision: EvidenceDecision,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO skill_evidence
         (candidate_id, skill, submission_id, challenge_id, title, score, graded_at, round, overridden,
          source, verification, issuer, reviewer, standing, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (candidate_id, skill, submission_id, source) DO UPDATE
         SET challenge_id = excluded.challenge_id, title = excluded.title, score = excluded.score,
             graded_at = excluded.graded_at, round = excluded.round, overridden = excluded.overridden,
             verification = excluded.verification, issuer = excluded.issuer, reviewer = excluded.reviewer,
             standing = excluded.standing, attempts = excluded.attempts`,
      [
        candidateId,
        skill,
        decision.submissionId,
        decision.challengeId,
        decision.title,
        decision.score,
        decision.gradedAt,
        decision.round,
        decision.overridden,
        decision.source,
        decision.verification,
        JSON.stringify(decision.issuer),
        decision.reviewer === null ? null : JSON.stringify(decision.reviewer),
        decision.standing,
        decision.attempts,
      ],
    );
  }

  async listEvidence(
    candidateId: string,
    skill: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerificationEvidence[]> {
    return (await manager.findBy(SkillEvidenceEntity, { candidateId, skill })).map(toEvidence);
  }

  findOne(
    candidateId: string,
    skill: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerifiedSkillEntity | null> {
    return manager.findOneBy(VerifiedSkillEntity, { candidateId, skill });
  }

  async save(skill: VerifiedSkillEntity, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.upsert(VerifiedSkillEntity, skill, ['candidateId', 'skill']);
  }

  async remove(candidateId: string, skill: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(VerifiedSkillEntity, { candidateId, skill });
  }
}

function toEvidence(row: SkillEvidenceEntity): VerificationEvidence {
  return {
    submissionId: row.submissionId,
    challengeId: row.challengeId,
    title: row.title,
    score: row.score,
    gradedAt: row.gradedAt.toISOString(),
    verification: row.verification,
    issuer: row.issuer,
    reviewer: row.reviewer,
    standing: row.standing,
    attempts: row.attempts,
    counts: row.standing === 'public',
  };
}
