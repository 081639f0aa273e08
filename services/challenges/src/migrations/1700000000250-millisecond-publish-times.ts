import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published list pages by `(published_at, id)`, and its cursor carries the time as JavaScript
 * writes it, to the millisecond. PostgreSQL kept microseconds, so two challenges published within
 * one millisecond made the cursor fall between them and a page skipped one. The column now holds
 * what the cursor can say, and ties are settled by the id.
 */
export class MillisecondPublishTimes1700000000250 implements MigrationInterface {
  name = 'MillisecondPublishTimes1700000000250';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenges" ALTER COLUMN "published_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenges" ALTER COLUMN "published_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
