import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationStatus, JobSkillRequirement, MatchEvidence } from '@skillproof/contracts';
import { ApplicationEntity } from '../entities/application.entity';

export interface ApplicationPageKey {
  matchScore: number;
  createdAt: string;
  id: string;
}

export interface OpenApplication {
  id: string;
  skills: JobSkillRequirement[];
  /** The company of the job, whose view of the evidence the match uses. */
  companyId: string;
}

@Injectable()
export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the application, or returns undefined when the candidate already applied to the job. */
  async insertOnce(
    application: Pick<ApplicationEntity, 'jobId' | 'candidateId' | 'matchScore' | 'evidence'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApplicationEntity | undefined> {
    // The time comes from here, in milliseconds, so page cursors built from it compare exactly.
    const now = new Date();
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO applications (job_id, candidate_id, match_score, evidence, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (job_id, candidate_id) DO NOTHING
       RETURNING id`,
      [application.jobId, application.candidateId, application.matchScore, JSON.stringify(application.evidence), now],
    );
    if (rows.length === 0) return undefined;
    return (await manager.getRepository(ApplicationEntity).findOneBy({ id: rows[0].id })) ?? undefined;
  }

  /** Locks the row so two status changes cannot both start from the same status. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<ApplicationEntity | null> {
    return manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .setLock('pessimistic_write')
      .where('application.id = :id', { id })
      .getOne();
  }

  async updateStatus(
    id: string,
    status: ApplicationStatus,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(ApplicationEntity).update({ id }, { status, updatedAt: at });
  }

  /** A job's applicants, best match first, earliest applicant first among equals. */
  listRanked(jobId: string, limit: number, after?: ApplicationPageKey): Promise<ApplicationEntity[]> {
    const query = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .where('application.jobId = :jobId', { jobId })
      .orderBy('application.matchScore', 'DESC')
      .addOrderBy('application.createdAt', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .take(limit);
    if (after) {
      query.andWhere(
        `(application.matchScore < :matchScore
          OR (application.matchScore = :matchScore AND (application.createdAt, application.id) > (:createdAt, :id)))`,
        after,
      );
    }
    return query.getMany();
  }

  /** The candidate's applications still in the pipeline, with their job's requirements. */
  findInProgressByCandidate(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OpenApplication[]> {
    return manager.query(
      `SELECT a.id, j.skills, j.company_id AS "companyId" FROM applications a JOIN jobs j ON j.id = a.job_id
        WHERE a.candidate_id = $1 AND a.status NOT IN ('hired', 'rejected')`,
      [candidateId],
    );
  }

  async updateMatch(
    id: string,
    matchScore: number,
    evidence: MatchEvidence[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(ApplicationEntity).update({ id }, { matchScore, evidence });
  }
}
