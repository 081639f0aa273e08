import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { GradingResultEntity } from '../entities/grading-result.entity';

export type NewGradingResult = Omit<GradingResultEntity, 'id' | 'createdAt'>;

@Injectable()
export class GradingResultRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores each outcome unless its round already has one, and answers the `submission:round` keys
   * it stored; a round missing there was recorded by another delivery, which has had its effect.
   * One statement of column arrays: the group commit writes up to hundreds at once.
   */
  async insertMany(
    results: NewGradingResult[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    if (results.length === 0) return new Set();
    const column = <T>(value: (result: NewGradingResult) => T): T[] => results.map(value);
    const rows: Array<{ submission_id: string; round: number }> = await manager.query(
      `INSERT INTO grading_results
         (submission_id, round, outcome, score, criteria, feedback, grader, grader_version, model, rubric_version,
          tokens, cost_usd, flags, cached, failure_reason, regrade_id)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[], $5::jsonb[], $6::text[], $7::text[],
                            $8::text[], $9::text[], $10::int[], $11::jsonb[], $12::numeric[], $13::jsonb[],
                            $14::boolean[], $15::text[], $16::uuid[])
       ON CONFLICT DO NOTHING
       RETURNING submission_id, round`,
      [
        column((result) => result.submissionId),
        column((result) => result.round),
        column((result) => result.outcome),
        column((result) => result.score),
        column((result) => JSON.stringify(result.criteria)),
        column((result) => result.feedback),
        column((result) => result.grader),
        column((result) => result.graderVersion),
        column((result) => result.model),
        column((result) => result.rubricVersion),
        column((result) => JSON.stringify(result.tokens)),
        column((result) => result.costUsd),
        column((result) => JSON.stringify(result.flags)),
        column((result) => result.cached),
        column((result) => result.failureReason),
        column((result) => result.regradeId),
      ],
    );
    return new Set(rows.map((row) => `${row.submission_id}:${row.round}`));
  }
}
