import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session versions (a role change, a removal from a company or "sign out everywhere" ends every
 * session of a user) and one-time invitations into a company.
 */
export class AddSessionsAndInvitations1700000000450 implements MigrationInterface {
  name = 'AddSessionsAndInvitations1700000000450';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "session_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      CREATE TABLE "company_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL,
        "created_by" uuid NOT NULL,
        "code_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "used_by" uuid,
        CONSTRAINT "PK_company_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_company_invitations_code_hash" UNIQUE ("code_hash"),
        CONSTRAINT "FK_company_invitations_company" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_invitations"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
  }
}
