import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVerifiedSkills1700000000410 implements MigrationInterface {
  name = 'CreateVerifiedSkills1700000000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "skill_evidence" (
        "candidate_id" uuid NOT NULL,
        "skill" text NOT NULL,
        "submission_id" uuid NOT NULL,
        "challenge_id" uuid NOT NULL,
        "title" text NOT NULL,
        "score" integer NOT NULL,
        "graded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_skill_evidence" PRIMARY KEY ("candidate_id", "skill", "submission_id"),
        CONSTRAINT "CHK_skill_evidence_score" CHECK ("score" BETWEEN 0 AND 100)
      )`);
    await queryRunner.query(`
      CREATE TABLE "verified_skills" (
        "candidate_id" uuid NOT NULL,
        "skill" text NOT NULL,
        "score" integer NOT NULL,
        "level" text NOT NULL,
        "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "evidence" jsonb NOT NULL,
        CONSTRAINT "PK_verified_skills" PRIMARY KEY ("candidate_id", "skill")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "verified_skills"`);
    await queryRunner.query(`DROP TABLE "skill_evidence"`);
  }
}
