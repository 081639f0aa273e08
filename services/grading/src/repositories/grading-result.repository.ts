import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GradingResultEntity } from '../entities/grading-result.entity';

export type NewGradingResult = Omit<GradingResultEntity, 'id' | 'createdAt'>;

@Injectable()
export class GradingResultRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores each outcome unless its round already has one, and answers the `submission:round` keys
   * it stored; a round missing there was recorded by another delivery, which has had its effect.
   */
  async insertMany(
    results: NewGradingResult[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    if (results.length === 0) return new Set();
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(GradingResultEntity)
      .values(results)
      .orIgnore()
      .returning('submission_id, round')
      .execute();
    const rows = inserted.raw as Array<{ submission_id: string; round: number }>;
    return new Set(rows.map((row) => `${row.submission_id}:${row.round}`));
  }
}
