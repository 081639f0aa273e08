import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1700000000400 implements MigrationInterface {
  name = 'CreateAccounts1700000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "companies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_companies" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "password_hash" text NOT NULL,
        "name" text NOT NULL,
        "role" text NOT NULL,
        "company_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_users_email" UNIQUE ("email"),
        CONSTRAINT "CHK_users_role" CHECK ("role" IN ('candidate', 'company', 'admin')),
        CONSTRAINT "CHK_users_company" CHECK (("role" = 'company') = ("company_id" IS NOT NULL)),
        CONSTRAINT "FK_users_company" FOREIGN KEY ("company_id") REFERENCES "companies"("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "candidate_profiles" (
        "user_id" uuid NOT NULL,
        "handle" text NOT NULL,
        "headline" text,
        "location" text,
        "links" jsonb NOT NULL DEFAULT '[]',
        "visibility" text NOT NULL DEFAULT 'public',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_candidate_profiles" PRIMARY KEY ("user_id"),
        CONSTRAINT "UQ_candidate_profiles_handle" UNIQUE ("handle"),
        CONSTRAINT "CHK_candidate_profiles_visibility" CHECK ("visibility" IN ('public', 'private')),
        CONSTRAINT "FK_candidate_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "api_keys" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL,
        "created_by" uuid NOT NULL,
        "name" text NOT NULL,
        "prefix" text NOT NULL,
        "key_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_api_keys" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_api_keys_key_hash" UNIQUE ("key_hash"),
        CONSTRAINT "FK_api_keys_company" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_api_keys_company" ON "api_keys" ("company_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "signing_keys" (
        "kid" text NOT NULL,
        "private_key_pem" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_signing_keys" PRIMARY KEY ("kid")
      )`);
    await queryRunner.query(`
      CREATE TABLE "login_throttles" (
        "key" text NOT NULL,
        "failures" integer NOT NULL,
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_login_throttles" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "candidate_profiles"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "companies"`);
  }
}
