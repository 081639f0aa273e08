import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CriterionGrade } from '@skillproof/contracts';

export interface CachedGrade {
  criteria: CriterionGrade[];
  feedback: string;
  injectionSuspected: boolean;
}

/** Grades by content hash, so identical work under the same rubric version is not paid for twice. */
@Injectable()
export class GradeCacheRepository {
  async find(manager: EntityManager, key: string): Promise<CachedGrade | undefined> {
    const rows: Array<{ grade: CachedGrade }> = await manager.query(`SELECT grade FROM grade_cache WHERE key = $1`, [
      key,
    ]);
    return rows[0]?.grade;
  }

  async put(manager: EntityManager, key: string, grade: CachedGrade): Promise<void> {
    await manager.query(
      `INSERT INTO grade_cache (key, grade) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET grade = EXCLUDED.grade, created_at = now()`,
      [key, JSON.stringify(grade)],
    );
  }
}
