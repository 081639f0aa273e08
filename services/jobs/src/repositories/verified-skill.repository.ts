import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SkillVerifiedData } from '@skillproof/contracts';
import { VerifiedSkillEntity } from '../entities/verified-skill.entity';

@Injectable()
export class VerifiedSkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the scores unless a later computation is already here, so events arriving out of order
   * never roll a score back. Returns whether the stored scores changed.
   */
  async upsertIfNewer(data: SkillVerifiedData, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO verified_skills (candidate_id, skill, score, verified_at, evidence, company_scores, computed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (candidate_id, skill) DO UPDATE
         SET score = EXCLUDED.score, verified_at = EXCLUDED.verified_at, evidence = EXCLUDED.evidence,
             company_scores = EXCLUDED.company_scores, computed_at = EXCLUDED.computed_at
         WHERE verified_skills.computed_at < EXCLUDED.computed_at
       RETURNING candidate_id`,
      [
        data.candidateId,
        data.skill,
        data.score,
        data.verifiedAt,
        JSON.stringify(data.evidence),
        JSON.stringify(data.companyScores ?? {}),
        data.computedAt ?? data.verifiedAt,
      ],
    );
    return rows.length > 0;
  }

  findByCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VerifiedSkillEntity[]> {
    return manager.getRepository(VerifiedSkillEntity).findBy({ candidateId });
  }
}
