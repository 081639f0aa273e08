import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GradingResultEntity } from '../entities/grading-result.entity';

@Injectable()
export class GradingResultRepository {
  exists(manager: EntityManager, submissionId: string, round: number): Promise<boolean> {
    return manager.existsBy(GradingResultEntity, { submissionId, round });
  }

  /**
   * Stores the outcome unless this round already has one; false means another delivery got there
   * first, and this one must have no further effect.
   */
  async insertOnce(manager: EntityManager, result: Omit<GradingResultEntity, 'id' | 'createdAt'>): Promise<boolean> {
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
