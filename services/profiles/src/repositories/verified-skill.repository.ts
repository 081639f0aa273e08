import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { VerificationEvidence } from '@skillproof/contracts';
import { SkillEvidenceEntity } from '../entities/skill-evidence.entity';
import { VerifiedSkillEntity } from '../entities/verified-skill.entity';
import type { EvidenceDecision } from '../services/verified-score.rule';

@Injectable()
export class VerifiedSkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  listByCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerifiedSkillEntity[]> {
    return manager.find(VerifiedSkillEntity, { where: { candidateId }, order: { score: 'DESC', skill: 'ASC' } });
  }

  /**
   * Serialises the work on one candidate's skill until the transaction ends, so two grades arriving
   * at once on two consumers both end up in the recomputed score.
   */
  async lock(candidateId: string, skill: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${candidateId}:${skill}`]);
  }

  /** The decision stored as the submission's evidence for the skill, if any. */
  async findDecision(
    candidateId: string,
    skill: string,
    submissionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvidenceDecision | null> {
    const row = await manager.findOneBy(SkillEvidenceEntity, { candidateId, skill, submissionId });
    return row ? { ...toEvidence(row), round: row.round, overridden: row.overridden } : null;
  }

  /** Stores the decision as the submission's evidence for the skill, replacing the one stored. */
  async saveDecision(
    candidateId: string,
    skill: string,
    decision: EvidenceDecision,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.upsert(
      SkillEvidenceEntity,
      { candidateId, skill, ...decision, gradedAt: new Date(decision.gradedAt) },
      ['candidateId', 'skill', 'submissionId'],
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
  };
}
