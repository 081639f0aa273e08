import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { DataSource, type EntityManager } from 'typeorm';
import { DEAD_LETTER_STREAM, defineEvent, type EventEnvelope } from '@skillproof/contracts';
import { PersistenceModule } from '@skillproof/persistence';
import {
  createTestDatabase,
  expectEventually,
  startTestNats,
  type TestDatabase,
  type TestNats,
} from '@skillproof/testing';
import { BUS_ENTITIES, BUS_MIGRATIONS, BusModule, ConsumeEvent, ConsumeEvents, Outbox } from '../src';

const TallyCounted = defineEvent<{ seq: number }>('evt.test.tally.counted');
const Doomed = defineEvent<{ reason: string }>('evt.test.doomed.failed');
const Mixed = defineEvent<{ seq: number; poison: boolean }>('evt.test.mixed.arrived');

@Injectable()
class DoomedHandler {
  attempts = 0;

  @ConsumeEvent(Doomed, { consumer: 'doomed', maxDeliver: 3, retryBaseMs: 20 })
  async handle(): Promise<void> {
    this.attempts += 1;
    throw new Error('this handler always fails');
  }
}

/** Takes events in batches; one poisoned event fails whatever batch it is in. */
@Injectable()
class MixedHandler {
  batchSizes: number[] = [];

  @ConsumeEvents(Mixed, { consumer: 'mixed', batchSize: 50, maxDeliver: 2, retryBaseMs: 20 })
  async handle(events: Array<EventEnvelope<{ seq: number; poison: boolean }>>, manager: EntityManager): Promise<void> {
    this.batchSizes.push(events.length);
    for (const event of events) {
      if (event.data.poison) throw new Error(`event ${event.data.seq} is poisoned`);
      await manager.query('INSERT INTO mixed (seq) VALUES ($1)', [event.data.seq]);
    }
  }
}

function producerModule(database: TestDatabase, nats: TestNats): object {
  @Module({
    imports: [
      PersistenceModule.forRoot({ url: database.url, entities: BUS_ENTITIES, migrations: BUS_MIGRATIONS }),
      BusModule.forRoot({ service: 'bustest', natsUrl: nats.url, outboxPollMs: 200 }),
    ],
    providers: [DoomedHandler, MixedHandler],
  })
  class ProducerModule {}
  return ProducerModule;
}

/** Starts tally-consumer.js; with PAUSE_AFTER, `paused` resolves once a handler hangs. */
function startConsumer(
  database: TestDatabase,
  nats: TestNats,
  env: Record<string, string> = {},
): Promise<ChildProcess & { paused: Promise<void> }> {
  const child = fork(join(__dirname, 'fixtures/tally-consumer.js'), {
    env: { ...process.env, DATABASE_URL: database.url, NATS_URL: nats.url, ...env },
    stdio: 'inherit',
  });
  const paused = new Promise<void>((resolve) => child.on('message', (message) => message === 'paused' && resolve()));
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(Object.assign(child, { paused })));
    child.once('exit', (code) => reject(new Error(`consumer exited with ${code}`)));
  });
}

async function emitTallies(app: INestApplicationContext, from: number, count: number): Promise<void> {
  const dataSource = app.get(DataSource);
  const outbox = app.get(Outbox);
  for (let seq = from; seq < from + count; seq += 1) {
    await dataSource.transaction((manager: EntityManager) => outbox.add(manager, TallyCounted, { data: { seq } }));
  }
}

describe('outbox → JetStream → inbox', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let producer: INestApplicationContext;
  let consumer: (ChildProcess & { paused: Promise<void> }) | undefined;

  /** The last dead letter of a durable consumer, once there is one. */
  const deadLetterOf = async (
    consumer: string,
  ): Promise<EventEnvelope<{ consumer: string; deliveries: number; event: EventEnvelope }>> => {
    const connection = await connect({ servers: nats.url });
    try {
      const manager = await jetstreamManager(connection);
      return await expectEventually(async () => {
        const stored = await manager.streams.getMessage(DEAD_LETTER_STREAM, { last_by_subj: `dlq.${consumer}` });
        if (!stored) throw new Error('no dead letter yet');
        return stored.json<EventEnvelope<{ consumer: string; deliveries: number; event: EventEnvelope }>>();
      }, 20_000);
    } finally {
      await connection.close();
    }
  };

  const tallies = async (): Promise<{ total: number; distinct: number }> => {
    const [row] = await producer
      .get(DataSource)
      .query('SELECT count(*)::int AS total, count(DISTINCT seq)::int AS distinct FROM tallies');
    return row;
  };

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('bus'), startTestNats()]);
    producer = await NestFactory.createApplicationContext(producerModule(database, nats), { logger: ['error'] });
    await producer.init();
    // No unique constraint on purpose: only the inbox may stop a redelivered event from counting twice.
    await producer.get(DataSource).query('CREATE TABLE tallies (event_id text NOT NULL, seq int NOT NULL)');
    await producer.get(DataSource).query('CREATE TABLE mixed (seq int NOT NULL)');
  });

  afterAll(async () => {
    consumer?.kill('SIGKILL');
    await producer?.close();
    await nats?.dispose();
    await database?.drop();
  });

  it('applies every event exactly once although the consumer is killed mid-stream', async () => {
    // The first consumer applies 60 events, then hangs in the transactions of the next ones.
    consumer = await startConsumer(database, nats, { PAUSE_AFTER: '60' });
    await emitTallies(producer, 0, 300);
    await expectEventually(async () => expect((await tallies()).distinct).toBe(60), 20_000);
    consumer.kill('SIGKILL');

    consumer = await startConsumer(database, nats);
    await expectEventually(async () => expect((await tallies()).distinct).toBe(300), 30_000);
    // Give any stray redelivery (ack wait is 2 s) the chance to show up as a duplicate.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await tallies()).toEqual({ total: 300, distinct: 300 });
  });

  it('keeps events in the outbox while NATS is down and publishes them when it is back', async () => {
    await nats.stop();
    await emitTallies(producer, 300, 20);
    const [pending] = await producer
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM outbox_events WHERE published_at IS NULL');
    expect(pending.count).toBe(20);

    await nats.start();
    await expectEventually(async () => expect(await tallies()).toEqual({ total: 320, distinct: 320 }), 30_000);
  });

  it('moves an event that keeps failing to the dead-letter stream after the last try', async () => {
    const dataSource = producer.get(DataSource);
    const event = await dataSource.transaction((manager: EntityManager) =>
      producer.get(Outbox).add(manager, Doomed, { data: { reason: 'test' } }),
    );
    const letter = await deadLetterOf('bustest-doomed');
    expect(letter.data).toMatchObject({ consumer: 'bustest-doomed', deliveries: 3 });
    expect(letter.data.event.id).toBe(event.id);
    expect(producer.get(DoomedHandler).attempts).toBe(3);
  });

  it('applies every event exactly once when it takes them in batches, although killed mid-batch', async () => {
    consumer?.kill('SIGKILL');
    // Every batch that reaches the 61st event hangs with its transaction open, and the ones after it.
    consumer = await startConsumer(database, nats, { BATCH_SIZE: '25', PAUSE_AFTER: '60' });
    await emitTallies(producer, 320, 300);
    await consumer.paused;
    expect((await tallies()).distinct).toBeLessThan(620);
    consumer.kill('SIGKILL');

    consumer = await startConsumer(database, nats, { BATCH_SIZE: '25' });
    await expectEventually(async () => expect((await tallies()).distinct).toBe(620), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await tallies()).toEqual({ total: 620, distinct: 620 });
  });

  it('applies the rest of a batch when one event in it keeps failing, and dead-letters that one alone', async () => {
    const dataSource = producer.get(DataSource);
    // One transaction, so the relay publishes them together and the consumer pulls them together.
    const events = await dataSource.transaction((manager: EntityManager) =>
      producer.get(Outbox).addMany(
        manager,
        Array.from({ length: 20 }, (_, seq) => ({ definition: Mixed, event: { data: { seq, poison: seq === 7 } } })),
      ),
    );
    const letter = await deadLetterOf('bustest-mixed');
    expect(letter.data.event.id).toBe(events[7].id);
    expect(letter.data.deliveries).toBe(2);
    await expectEventually(async () => {
      const rows: Array<{ seq: number }> = await dataSource.query('SELECT seq FROM mixed ORDER BY seq');
      expect(rows.map((row) => row.seq)).toEqual([...Array(20).keys()].filter((seq) => seq !== 7));
    }, 10_000);
    expect(Math.max(...producer.get(MixedHandler).batchSizes)).toBeGreaterThan(1);
  });
});
