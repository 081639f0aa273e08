import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SkillVerifiedData } from '@skillproof/contracts';
import { VerifiedSkillEntity } from '../entities/verified-skill.entity';

@Injectable()
export class VerifiedSkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the score unless a newer verification is already here, so events arriving out of order
   * never roll a score back. Returns whether the stored score changed.
   */
  async upsertIfNewer(data: SkillVerifiedData, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO verified_skills (candidate_id, skill, score, verified_at, evidence)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (candidate_id, skill) DO UPDATE
         SET score = EXCLUDED.score, verified_at = EXCLUDED.verified_at, evidence = EXCLUDED.evidence
         WHERE verified_skills.verified_at < EXCLUDED.verified_at
       RETURNING candidate_id`,
      [data.candidateId, data.skill, data.score, data.verifiedAt, JSON.stringify(data.evidence)],
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
