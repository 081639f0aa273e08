import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RegradeProgressView } from '@skillproof/contracts';

@Injectable()
export class GradingRegradeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Remembers a re-grade the first time one of its submissions arrives. */
  async recordOnce(
    regrade: { id: string; challengeId: string; total: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO grading_regrades (id, challenge_id, total) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [regrade.id, regrade.challengeId, regrade.total],
    );
  }

  /** Undefined when no submission of that re-grade has arrived. */
  async progress(id: string): Promise<RegradeProgressView | undefined> {
    const rows: Array<{ total: number; graded: number; failed: number; waiting: number }> = await this.dataSource.query(
      `SELECT r.total,
              (SELECT count(*)::int FROM grading_results g WHERE g.regrade_id = r.id AND g.outcome = 'graded') AS graded,
              (SELECT count(*)::int FROM grading_results g WHERE g.regrade_id = r.id AND g.outcome = 'failed') AS failed,
              (SELECT count(*)::int FROM grading_jobs j WHERE j.regrade_id = r.id) AS waiting
         FROM grading_regrades r WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? { regradeId: id, ...rows[0] } : undefined;
  }
}
