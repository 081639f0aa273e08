import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue: skills and careers with their search vectors, industries, certifications, the
 * weighted career–skill links, the related-skill graph, and the record of applied seed versions.
 * Search vectors are generated columns so that no write path can forget to refresh them. Trigram
 * similarity is computed per row without an index: at catalogue size (hundreds of rows) a scan
 * costs less than a round trip, and it lets the search pick its own thresholds per query.
 */
export class CreateCatalog1700000000100 implements MigrationInterface {
  name = 'CreateCatalog1700000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "skills" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "category" text NOT NULL,
        "tier" smallint NOT NULL CHECK ("tier" BETWEEN 1 AND 3),
        "summary" text NOT NULL,
        "description" text NOT NULL,
        "why_it_matters" text NOT NULL,
        "difficulty" text NOT NULL CHECK ("difficulty" IN ('beginner', 'intermediate', 'advanced', 'expert')),
        "time_to_learn" text NOT NULL,
        "salary_impact" text NOT NULL,
        "salary_by_region" jsonb NOT NULL,
        "career_paths" jsonb NOT NULL,
        "tools" jsonb NOT NULL,
        "faq" jsonb NOT NULL,
        "sub_topics" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "search_vector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', "name"), 'A') ||
          setweight(to_tsvector('english', "summary"), 'B') ||
          setweight(jsonb_to_tsvector('english', "tools", '["string"]'), 'C') ||
          setweight(to_tsvector('english', "description"), 'D')
        ) STORED,
        "trigram_text" text GENERATED ALWAYS AS (lower("name" || ' ' || ("tools"::text))) STORED,
        CONSTRAINT "PK_skills" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_skills_slug" UNIQUE ("slug")
      )`);
    await queryRunner.query(`CREATE INDEX "skills_search" ON "skills" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "skills_category" ON "skills" ("category")`);

    await queryRunner.query(`
      CREATE TABLE "skill_relations" (
        "skill_id" uuid NOT NULL REFERENCES "skills" ("id") ON DELETE CASCADE,
        "related_skill_id" uuid NOT NULL REFERENCES "skills" ("id") ON DELETE CASCADE,
        "position" smallint NOT NULL,
        CONSTRAINT "PK_skill_relations" PRIMARY KEY ("skill_id", "related_skill_id"),
        CONSTRAINT "CHK_skill_relations_not_self" CHECK ("skill_id" <> "related_skill_id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "certifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "issuer" text NOT NULL,
        CONSTRAINT "PK_certifications" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_certifications_slug" UNIQUE ("slug")
      )`);
    await queryRunner.query(`
      CREATE TABLE "skill_certifications" (
        "skill_id" uuid NOT NULL REFERENCES "skills" ("id") ON DELETE CASCADE,
        "certification_id" uuid NOT NULL REFERENCES "certifications" ("id") ON DELETE CASCADE,
        CONSTRAINT "PK_skill_certifications" PRIMARY KEY ("skill_id", "certification_id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "industries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL,
        CONSTRAINT "PK_industries" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_industries_slug" UNIQUE ("slug")
      )`);

    await queryRunner.query(`
      CREATE TABLE "careers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "role" text NOT NULL,
        "summary" text NOT NULL,
        "salary_ranges" jsonb NOT NULL,
        "interests" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "search_vector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', "role"), 'A') ||
          setweight(to_tsvector('english', "summary"), 'B') ||
          setweight(jsonb_to_tsvector('english', "interests", '["string"]'), 'C')
        ) STORED,
        CONSTRAINT "PK_careers" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_careers_slug" UNIQUE ("slug")
      )`);
    await queryRunner.query(`CREATE INDEX "careers_search" ON "careers" USING gin ("search_vector")`);
    await queryRunner.query(`
      CREATE TABLE "career_skills" (
        "career_id" uuid NOT NULL REFERENCES "careers" ("id") ON DELETE CASCADE,
        "skill_id" uuid NOT NULL REFERENCES "skills" ("id") ON DELETE RESTRICT,
        "weight" smallint NOT NULL CHECK ("weight" BETWEEN 1 AND 5),
        "level" smallint NOT NULL CHECK ("level" BETWEEN 1 AND 5),
        CONSTRAINT "PK_career_skills" PRIMARY KEY ("career_id", "skill_id")
      )`);
    await queryRunner.query(`CREATE INDEX "career_skills_skill" ON "career_skills" ("skill_id")`);
    await queryRunner.query(`
      CREATE TABLE "career_industries" (
        "career_id" uuid NOT NULL REFERENCES "careers" ("id") ON DELETE CASCADE,
        "industry_id" uuid NOT NULL REFERENCES "industries" ("id") ON DELETE RESTRICT,
        CONSTRAINT "PK_career_industries" PRIMARY KEY ("career_id", "industry_id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "seed_versions" (
        "version" text NOT NULL,
        "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_seed_versions" PRIMARY KEY ("version")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'seed_versions',
      'career_industries',
      'career_skills',
      'careers',
      'industries',
      'skill_certifications',
      'certifications',
      'skill_relations',
      'skills',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
