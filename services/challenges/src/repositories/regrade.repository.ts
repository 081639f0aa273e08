import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RegradeEntity } from '../entities/regrade.entity';

export type NewRegrade = Omit<RegradeEntity, 'id'>;

/** How many of a re-grade's submissions have an outcome of the round it queued them for. */
export interface RegradeTally {
  graded: number;
  failed: number;
  waiting: number;
}

/**
 * A submission's outcome in the round a re-grade queued it for is the first grade or failure the
 * history recorded for that round; until there is one it is waiting. Counting from the history keeps
 * the outcome even after the candidate's own re-grade moved the submission on.
 */
const OUTCOMES = `
  FROM regrade_submissions rs
  LEFT JOIN LATERAL (
    SELECT h.kind FROM grade_history h
     WHERE h.submission_id = rs.submission_id AND h.round = rs.round AND h.kind IN ('graded', 'failed')
     ORDER BY h.created_at LIMIT 1
  ) outcome ON true`;

@Injectable()
export class RegradeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegradeEntity | null> {
    return manager.findOneBy(RegradeEntity, { id });
  }

  /** A re-grade of the challenge that still has a submission without an outcome, if any. */
  async findRunning(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT r.id FROM regrades r
        WHERE r.challenge_id = $1
          AND EXISTS (SELECT 1 ${OUTCOMES} WHERE rs.regrade_id = r.id AND outcome.kind IS NULL)
        LIMIT 1`,
      [challengeId],
    );
    return rows[0]?.id ?? null;
  }

  /** Records the re-grade and the round each submission was queued for, in the caller's transaction. */
  async insert(
    regrade: NewRegrade,
    submissions: Array<{ id: string; round: number }>,
    manager: EntityManager,
  ): Promise<RegradeEntity> {
    const saved = await manager.save(RegradeEntity, manager.create(RegradeEntity, regrade));
    await manager.query(
      `INSERT INTO regrade_submissions (regrade_id, submission_id, round)
       SELECT $1, s.id, s.round FROM unnest($2::uuid[], $3::int[]) AS s(id, round)`,
      [saved.id, submissions.map((submission) => submission.id), submissions.map((submission) => submission.round)],
    );
    return saved;
  }

  async tally(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegradeTally> {
    const rows: RegradeTally[] = await manager.query(
      `SELECT count(*) FILTER (WHERE outcome.kind = 'graded')::int AS graded,
              count(*) FILTER (WHERE outcome.kind = 'failed')::int AS failed,
              count(*) FILTER (WHERE outcome.kind IS NULL)::int AS waiting
       ${OUTCOMES} WHERE rs.regrade_id = $1`,
      [id],
    );
    return rows[0];
  }
}
