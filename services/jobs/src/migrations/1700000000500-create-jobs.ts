import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJobs1700000000500 implements MigrationInterface {
  name = 'CreateJobs1700000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "jobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL,
        "company_name" text NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL,
        "location" text NOT NULL,
        "remote" boolean NOT NULL,
        "salary" jsonb,
        "skills" jsonb NOT NULL,
        "challenge_id" uuid,
        "status" text NOT NULL DEFAULT 'open',
        "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "closed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_jobs" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_jobs_status" CHECK ("status" IN ('open', 'closed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_jobs_open_posted" ON "jobs" ("posted_at" DESC, "id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_jobs_skills" ON "jobs" USING gin ("skills" jsonb_path_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_jobs_company" ON "jobs" ("company_id")`);
    await queryRunner.query(`
      CREATE TABLE "applications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "job_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'applied',
        "match_score" integer NOT NULL,
        "evidence" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_applications" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_applications_job_candidate" UNIQUE ("job_id", "candidate_id"),
        CONSTRAINT "FK_applications_job" FOREIGN KEY ("job_id") REFERENCES "jobs" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_applications_ranked" ON "applications" ("job_id", "match_score" DESC, "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_applications_candidate" ON "applications" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "verified_skills" (
        "candidate_id" uuid NOT NULL,
        "skill" text NOT NULL,
        "score" integer NOT NULL,
        "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "evidence" jsonb NOT NULL,
        CONSTRAINT "PK_verified_skills" PRIMARY KEY ("candidate_id", "skill")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "verified_skills"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
