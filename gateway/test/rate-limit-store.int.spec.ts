import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { Kvm } from '@nats-io/kv';
import { startTestNats, TestClock, type TestNats } from '@skillproof/testing';
import { RATE_LIMIT_BUCKET, RateLimitStore } from '../src/problems/rate-limit.store';

const WINDOW_MS = 60_000;

/** Two gateways' stores on one NATS, driven the way @nestjs/throttler drives them. */
describe('the shared rate-limit store', () => {
  let nats: TestNats;
  let connections: NatsConnection[];
  let first: RateLimitStore;
  let second: RateLimitStore;

  beforeAll(async () => {
    nats = await startTestNats();
    connections = await Promise.all([connect({ servers: nats.url }), connect({ servers: nats.url })]);
    const clock = new TestClock();
    [first, second] = connections.map((connection) =>
      RateLimitStore.create(connection, clock, { windowMs: WINDOW_MS, replicas: 1 }),
    );
  });

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await nats?.dispose();
  });

  const writesTo = async (key: string): Promise<number> => {
    const entry = await (await new Kvm(connections[0]).open(RATE_LIMIT_BUCKET)).get(key);
    return entry?.revision ?? 0;
  };

  it('counts a busy client once per hit, answering the hits after a burst without writing again', async () => {
    const key = 'burst';
    const burst = await Promise.all(Array.from({ length: 10 }, () => first.increment(key, WINDOW_MS, 1_000)));
    const writesAfterBurst = await writesTo(key);
    const next: number[] = [];
    for (let hit = 0; hit < 5; hit += 1) next.push((await first.increment(key, WINDOW_MS, 1_000)).totalHits);

    expect(burst.map((record) => record.totalHits).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(next).toEqual([11, 12, 13, 14, 15]);
    expect(await writesTo(key)).toBe(writesAfterBurst);
  });

  // Credit one gateway holds may refuse a client early at another, never let it through late.
  it('never lets more than the limit through, however the hits are spread over gateways', async () => {
    const key = 'spread';
    const limit = 30;
    const bursts = await Promise.all([
      ...Array.from({ length: 25 }, () => first.increment(key, WINDOW_MS, limit)),
      ...Array.from({ length: 25 }, () => second.increment(key, WINDOW_MS, limit)),
    ]);
    const one = await Promise.all(Array.from({ length: 10 }, () => first.increment(key, WINDOW_MS, limit)));
    const other = await second.increment(key, WINDOW_MS, limit);
    const allowed = [...bursts, ...one, other].filter((record) => !record.isBlocked);
    expect(allowed.length).toBeLessThanOrEqual(limit);
    expect(allowed.length).toBeGreaterThan(0);
    expect(other.isBlocked).toBe(true);
  });
});
