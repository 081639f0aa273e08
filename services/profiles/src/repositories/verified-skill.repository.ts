import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { VerificationEvidence } from '@skillproof/contracts';
import { SkillEvidenceEntity } from '../entities/skill-evidence.entity';
import { VerifiedSkillEntity } from '../entities/verified-skill.entity';

/** A decision on a submission's score: the machine grade of a round, or a person's override of it. */
export interface EvidenceDecision extends VerificationEvidence {
  round: number;
  overridden: boolean;
}

@Injectable()
export class VerifiedSkillRepository {
  constructor(@InjectRepository(VerifiedSkillEntity) private readonly skills: Repository<VerifiedSkillEntity>) {}

  listByCandidate(candidateId: string): Promise<VerifiedSkillEntity[]> {
    return this.skills.find({ where: { candidateId }, order: { score: 'DESC', skill: 'ASC' } });
  }

  /**
   * Serialises the work on one candidate's skill until the transaction ends, so two grades arriving
   * at once on two consumers both end up in the recomputed score.
   */
  async lock(manager: EntityManager, candidateId: string, skill: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${candidateId}:${skill}`]);
  }

  /**
   * Stores the decision as the submission's evidence for the skill, unless the stored one is newer:
   * a later round beats an earlier one, a human override beats the machine grade of its round, and
   * of two decisions otherwise alike the later one wins. So a late or replayed event changes nothing.
   */
  async upsertEvidence(
    manager: EntityManager,
    candidateId: string,
    skill: string,
    decision: EvidenceDecision,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO skill_evidence AS e
         (candidate_id, skill, submission_id, challenge_id, title, score, graded_at, round, overridden)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (candidate_id, skill, submission_id) DO UPDATE
         SET challenge_id = excluded.challenge_id, title = excluded.title, score = excluded.score,
             graded_at = excluded.graded_at, round = excluded.round, overridden = excluded.overridden
         WHERE (excluded.round, excluded.overridden, excluded.graded_at) > (e.round, e.overridden, e.graded_at)`,
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
      ],
    );
  }

  async listEvidence(manager: EntityManager, candidateId: string, skill: string): Promise<VerificationEvidence[]> {
    const rows = await manager.findBy(SkillEvidenceEntity, { candidateId, skill });
    return rows.map((row) => ({
      submissionId: row.submissionId,
      challengeId: row.challengeId,
      title: row.title,
      score: row.score,
      gradedAt: row.gradedAt.toISOString(),
    }));
  }

  findOne(manager: EntityManager, candidateId: string, skill: string): Promise<VerifiedSkillEntity | null> {
    return manager.findOneBy(VerifiedSkillEntity, { candidateId, skill });
  }

  async save(manager: EntityManager, skill: VerifiedSkillEntity): Promise<void> {
    await manager.upsert(VerifiedSkillEntity, skill, ['candidateId', 'skill']);
  }

  async remove(manager: EntityManager, candidateId: string, skill: string): Promise<void> {
    await manager.delete(VerifiedSkillEntity, { candidateId, skill });
  }
}
