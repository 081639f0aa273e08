import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GradeCacheEntity, type CachedGrade } from '../entities/grade-cache.entity';

/** Grades by content hash, so identical work under the same rubric version is not paid for twice. */
@Injectable()
export class GradeCacheRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims read the cache with their jobs (GradingJobRepository); this is for a job queued without its key. */
  async find(key: string): Promise<CachedGrade | undefined> {
    const entry = await this.dataSource.getRepository(GradeCacheEntity).findOneBy({ key });
    return entry?.grade;
  }

  async putMany(
    entries: Array<{ key: string; grade: CachedGrade }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    // One statement may not update a row twice, so identical work graded together is stored once.
    const unique = [...new Map(entries.map((entry) => [entry.key, entry])).values()];
    if (unique.length === 0) return;
    await manager.query(
      `INSERT INTO grade_cache (key, grade)
       SELECT e.key, e.grade::jsonb FROM unnest($1::text[], $2::text[]) AS e(key, grade)
       ON CONFLICT (key) DO UPDATE SET grade = EXCLUDED.grade, created_at = now()`,
      [unique.map((entry) => entry.key), unique.map((entry) => JSON.stringify(entry.grade))],
    );
  }
}
