import { Module, type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@skillproof/testing';
import { PersistenceModule } from '../src';

class CreateSlowTable1700000000001 implements MigrationInterface {
  name = 'CreateSlowTable1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Slow enough that replicas starting together would overlap without the lock.
    await queryRunner.query('SELECT pg_sleep(0.3)');
    await queryRunner.query('CREATE TABLE slow (id int PRIMARY KEY)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE slow');
  }
}

/** Nest retries a failed database start after 3 s, so a lost race shows only as a logged error. */
const errors: string[] = [];
const recordingLogger: LoggerService = {
  log: () => undefined,
  warn: () => undefined,
  error: (message: unknown) => void errors.push(String(message)),
};

function replica(database: TestDatabase): Promise<INestApplicationContext> {
  @Module({
    imports: [
      PersistenceModule.forRoot({ url: database.url, entities: [], migrations: [CreateSlowTable1700000000001] }),
    ],
  })
  class ReplicaModule {}
  return NestFactory.createApplicationContext(ReplicaModule, { logger: recordingLogger, abortOnError: false });
}

describe('replicas starting together', () => {
  let database: TestDatabase;
  const replicas: INestApplicationContext[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('migrations');
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
    await database?.drop();
  });

  it('all start at once, without a failed attempt, and each migration runs once', async () => {
    replicas.push(...(await Promise.all([replica(database), replica(database), replica(database)])));
    const [row] = await replicas[0].get(DataSource).query('SELECT count(*)::int AS runs FROM migrations');
    expect(row.runs).toBe(1);
    expect(errors).toEqual([]);
  });
});
