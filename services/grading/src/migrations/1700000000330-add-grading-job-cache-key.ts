import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGradingJobCacheKey1700000000330 implements MigrationInterface {
  name = 'AddGradingJobCacheKey1700000000330';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Jobs queued before this have none; their worker looks the grade cache up by itself.
    await queryRunner.query(`ALTER TABLE "grading_jobs" ADD "cache_key" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grading_jobs" DROP COLUMN "cache_key"`);
  }
}
