import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBulkRegrades1700000000320 implements MigrationInterface {
  name = 'AddBulkRegrades1700000000320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "grading_regrades" (
        "id" uuid NOT NULL,
        "challenge_id" uuid NOT NULL,
        "total" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_grading_regrades" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`ALTER TABLE "grading_jobs" ADD "regrade_id" uuid`);
    await queryRunner.query(`ALTER TABLE "grading_results" ADD "regrade_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_grading_jobs_regrade" ON "grading_jobs" ("regrade_id") WHERE "regrade_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_grading_results_regrade" ON "grading_results" ("regrade_id") WHERE "regrade_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grading_results" DROP COLUMN "regrade_id"`);
    await queryRunner.query(`ALTER TABLE "grading_jobs" DROP COLUMN "regrade_id"`);
    await queryRunner.query(`DROP TABLE "grading_regrades"`);
  }
}
