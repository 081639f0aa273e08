import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counts an endpoint's manual replays in a window, so a company cannot replay without bound. */
export class WebhookLimits1700000000520 implements MigrationInterface {
  name = 'WebhookLimits1700000000520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "webhook_endpoints"
        ADD COLUMN "replay_window_started_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "replays_in_window" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE INDEX "IDX_webhook_deliveries_completed" ON "webhook_deliveries" ("completed_at") WHERE completed_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_webhook_deliveries_completed"`);
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoints" DROP COLUMN "replays_in_window", DROP COLUMN "replay_window_started_at"`,
    );
  }
}
