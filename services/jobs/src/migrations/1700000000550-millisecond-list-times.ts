import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open jobs, ranked applicants and webhook deliveries page by a time and the id, and their cursors
 * carry the time as JavaScript writes it, to the millisecond. PostgreSQL kept microseconds, so two
 * rows written within one millisecond made the cursor fall between them and a page skipped one.
 * These columns now hold what the cursor can say, and ties are settled by the id.
 */
export class MillisecondListTimes1700000000550 implements MigrationInterface {
  name = 'MillisecondListTimes1700000000550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "posted_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "posted_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
