import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@skillproof/contracts';
import { startTestNats } from '@skillproof/testing';
import { ensureStreams } from '../src';

/**
 * The server checks a new stream's name and its subjects in separate steps, so two processes adding
 * the same stream at the same moment can get "subjects overlap with an existing stream". The race
 * is narrow (about one fresh server in fifteen with eight processes here), so the test starts many.
 */
const FRESH_SERVERS = 40;
const PROCESSES = 8;

describe('ensureStreams', () => {
  it('lets every process of a fresh system create the streams at once, none failing to start', async () => {
    const failures: string[] = [];
    for (let round = 0; round < FRESH_SERVERS; round += 1) {
      const nats = await startTestNats();
      const connections = await Promise.all(Array.from({ length: PROCESSES }, () => connect({ servers: nats.url })));
      try {
        const managers = await Promise.all(connections.map((connection) => jetstreamManager(connection)));
        const outcomes = await Promise.allSettled(managers.map((manager) => ensureStreams(manager)));
        for (const outcome of outcomes) if (outcome.status === 'rejected') failures.push(String(outcome.reason));
        expect((await managers[0].streams.info(EVENTS_STREAM)).config.subjects).toEqual(['evt.>']);
      } finally {
        await Promise.all(connections.map((connection) => connection.close()));
        await nats.dispose();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
