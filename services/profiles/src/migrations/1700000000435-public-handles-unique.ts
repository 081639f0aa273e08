import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A handle is unique among public profiles only. If a private profile's handle were refused to
 * others, asking for it would reveal that the private profile exists; instead another candidate
 * may take it, and the private owner must pick a free one before going public again.
 */
export class PublicHandlesUnique1700000000435 implements MigrationInterface {
  name = 'PublicHandlesUnique1700000000435';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP CONSTRAINT "UQ_candidate_profiles_handle"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidate_profiles_public_handle" ON "candidate_profiles" ("handle") WHERE visibility = 'public'`,
    );
    await queryRunner.query(`CREATE INDEX "candidate_profiles_handle" ON "candidate_profiles" ("handle")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "candidate_profiles_handle"`);
    await queryRunner.query(`DROP INDEX "candidate_profiles_public_handle"`);
    await queryRunner.query(
      `ALTER TABLE "candidate_profiles" ADD CONSTRAINT "UQ_candidate_profiles_handle" UNIQUE ("handle")`,
    );
  }
}
