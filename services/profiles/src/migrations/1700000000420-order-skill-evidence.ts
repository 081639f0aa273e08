import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a submission's evidence needs to tell a newer decision (a later round, an override) from an older one. */
export class OrderSkillEvidence1700000000420 implements MigrationInterface {
  name = 'OrderSkillEvidence1700000000420';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "skill_evidence"
        ADD COLUMN "round" integer NOT NULL DEFAULT 1,
        ADD COLUMN "overridden" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_evidence" DROP COLUMN "overridden", DROP COLUMN "round"`);
  }
}
