import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GradeCacheEntity, type CachedGrade } from '../entities/grade-cache.entity';

interface Lookup {
  resolve: (grade: CachedGrade | undefined) => void;
  reject: (error: unknown) => void;
}

/** Grades by content hash, so identical work under the same rubric version is not paid for twice. */
@Injectable()
export class GradeCacheRepository {
  /** Lookups asked for in the current turn of the event loop, by key. */
  private lookups?: Map<string, Lookup[]>;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Lookups asked for in one turn of the event loop (the jobs of one claim) go to the database
   * as one query, instead of one connection each.
   */
  find(key: string): Promise<CachedGrade | undefined> {
    if (!this.lookups) {
      const lookups = new Map<string, Lookup[]>();
      this.lookups = lookups;
      setImmediate(() => {
        this.lookups = undefined;
        void this.lookUp(lookups);
      });
    }
    const lookups = this.lookups;
    return new Promise((resolve, reject) => {
      lookups.set(key, [...(lookups.get(key) ?? []), { resolve, reject }]);
    });
  }

  private async lookUp(lookups: Map<string, Lookup[]>): Promise<void> {
    try {
      const rows: Array<Pick<GradeCacheEntity, 'key' | 'grade'>> = await this.dataSource.query(
        `SELECT key, grade FROM grade_cache WHERE key = ANY($1::text[])`,
        [[...lookups.keys()]],
      );
      const found = new Map(rows.map((row) => [row.key, row.grade]));
      for (const [key, waiting] of lookups) for (const lookup of waiting) lookup.resolve(found.get(key));
    } catch (error) {
      for (const waiting of lookups.values()) for (const lookup of waiting) lookup.reject(error);
    }
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
