import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GradingResultEntity } from '../entities/grading-result.entity';

export type NewGradingResult = Omit<GradingResultEntity, 'id' | 'createdAt'>;

@Injectable()
export class GradingResultRepository {
  constructor(private readonly dataSource: DataSource) {}

  exists(submissionId: string, round: number, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(GradingResultEntity, { submissionId, round });
  }

  /**
   * Stores the outcome unless this round already has one; false means another delivery got there
   * first, and this one must have no further effect.
   */
  async insertOnce(result: NewGradingResult, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(GradingResultEntity)
      .values(result)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }
}
