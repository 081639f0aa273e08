import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { testDatabaseServerUrl } from '@skillproof/testing';
import { ensureDatabase, migrateExclusively } from '../src';

class CreateLedger1700000000001 implements MigrationInterface {
  name = 'CreateLedger1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ledger" ("id" integer PRIMARY KEY, "note" text NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ledger"`);
  }
}

/** Replicas of one service start at the same moment (GRADING_REPLICAS, `--scale`) against one fresh database. */
describe('several replicas starting together', () => {
  let serverUrl: string;
  const created: string[] = [];

  beforeAll(async () => {
    serverUrl = await testDatabaseServerUrl();
  });

  afterAll(async () => {
    const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  function freshDatabase(): string {
    const name = `t_concurrent_${randomBytes(4).toString('hex')}`;
    created.push(name);
    return databaseUrl(serverUrl, name);
  }

  it('all find their database, whichever of them created it', async () => {
    const url = freshDatabase();

    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => ensureDatabase(url)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('migrate one after another: every replica starts, and each migration is applied once', async () => {
    const url = freshDatabase();
    await ensureDatabase(url);

    const outcomes = await Promise.allSettled(
      [1, 2, 3].map(() => migrateExclusively({ url, migrations: [CreateLedger1700000000001] })),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const client = new Client({ connectionString: url });
    await client.connect();
    const applied = await client.query('SELECT name FROM migrations');
    await client.end();
    expect(applied.rows).toEqual([{ name: 'CreateLedger1700000000001' }]);
  });
});

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
