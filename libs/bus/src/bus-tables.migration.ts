import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox tables; every service that produces or consumes events runs this first. */
export class CreateBusTables1700000000000 implements MigrationInterface {
  name = 'CreateBusTables1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_events" (
        "id" uuid NOT NULL,
        "subject" text NOT NULL,
        "envelope" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_outbox_events" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "outbox_events_unpublished" ON "outbox_events" ("created_at") WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "inbox_entries" (
        "consumer" text NOT NULL,
        "event_id" text NOT NULL,
        "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_inbox_entries" PRIMARY KEY ("consumer", "event_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_entries"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
