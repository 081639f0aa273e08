import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSkills1700000000100 implements MigrationInterface {
  name = 'CreateSkills1700000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "skills" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "category" text NOT NULL,
        "summary" text NOT NULL,
        "description" text NOT NULL,
        "why_it_matters" text NOT NULL,
        "difficulty" text NOT NULL,
        "time_to_learn" text NOT NULL,
        "salary_impact" text NOT NULL,
        "salary_by_region" jsonb NOT NULL,
        "career_paths" jsonb NOT NULL,
        "tools" jsonb NOT NULL,
        "faq" jsonb NOT NULL,
        "related_slugs" jsonb NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_skills_slug" UNIQUE ("slug"),
        CONSTRAINT "PK_skills" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "skills"`);
  }
}
