import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GradeCacheEntity, type CachedGrade } from '../entities/grade-cache.entity';

/** Grades by content hash, so identical work under the same rubric version is not paid for twice. */
@Injectable()
export class GradeCacheRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(key: string, manager: EntityManager = this.dataSource.manager): Promise<CachedGrade | undefined> {
    return (await manager.findOneBy(GradeCacheEntity, { key }))?.grade;
  }

  async put(key: string, grade: CachedGrade, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO grade_cache (key, grade) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET grade = EXCLUDED.grade, created_at = now()`,
      [key, JSON.stringify(grade)],
    );
  }
}
