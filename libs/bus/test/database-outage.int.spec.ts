import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { DEAD_LETTER_STREAM, defineEvent, type EventEnvelope } from '@skillproof/contracts';
import { PersistenceModule } from '@skillproof/persistence';
import {
  createTestDatabase,
  expectEventually,
  startTestNats,
  TestBus,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { BUS_ENTITIES, BUS_MIGRATIONS, BusModule, ConsumeEvent } from '../src';

const NoteTaken = defineEvent<{ text: string }>('evt.test.note.taken');

@Injectable()
class NoteHandler {
  @ConsumeEvent(NoteTaken, { consumer: 'notes', maxDeliver: 2, retryBaseMs: 20 })
  async handle(event: EventEnvelope<{ text: string }>, manager: EntityManager): Promise<void> {
    await manager.query('INSERT INTO notes (text) VALUES ($1)', [event.data.text]);
  }
}

function notesModule(database: TestDatabase, nats: TestNats): object {
  @Module({
    imports: [
      PersistenceModule.forRoot({ url: database.url, entities: BUS_ENTITIES, migrations: BUS_MIGRATIONS }),
      BusModule.forRoot({ service: 'outagetest', natsUrl: nats.url }),
    ],
    providers: [NoteHandler],
  })
  class NotesModule {}
  return NotesModule;
}

/** Makes the service's database unreachable, as a PostgreSQL restart does, without touching the shared server. */
async function setDatabaseReachable(database: TestDatabase, reachable: boolean): Promise<void> {
  const name = new URL(database.url).pathname.slice(1);
  const admin = new Client({ connectionString: database.serverUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${reachable}`);
    if (!reachable) {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    }
  } finally {
    await admin.end();
  }
}

describe('an event consumer while its database is down', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let app: INestApplicationContext;
  let bus: TestBus;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('bus_outage'), startTestNats()]);
    app = await NestFactory.createApplicationContext(notesModule(database, nats), { logger: false });
    await app.init();
    await app.get(DataSource).query('CREATE TABLE notes (text text NOT NULL)');
    bus = await TestBus.connect(nats.url);
  });

  afterAll(async () => {
    await setDatabaseReachable(database, true);
    await bus?.close();
    await app?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('keeps the event for when the database is back instead of giving it up as a dead letter', async () => {
    await setDatabaseReachable(database, false);
    await bus.publish(NoteTaken, { text: 'taken during the outage' });
    // Long enough for many more deliveries than maxDeliver, each failing to reach the database.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const connection = await connect({ servers: nats.url });
    try {
      const letters = await (await jetstreamManager(connection)).streams.info(DEAD_LETTER_STREAM);
      expect(letters.state.messages).toBe(0);
    } finally {
      await connection.close();
    }

    await setDatabaseReachable(database, true);
    await expectEventually(
      async () =>
        expect(await app.get(DataSource).query('SELECT text FROM notes')).toEqual([
          { text: 'taken during the outage' },
        ]),
      20_000,
      100,
    );
  });
});
