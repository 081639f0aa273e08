import { connect, type NatsConnection } from '@nats-io/transport-node';
import { defineRequest } from '@skillproof/contracts';
import { startTestNats, type TestNats } from '@skillproof/testing';
import { RequestClient } from '../src';
import { NatsRpcServer } from '../src/nats-rpc-server';

const ping = defineRequest<object, string>('ping.word.get');

/**
 * A service that says it is listening must be reachable at once from any other connection: a
 * caller that saw it start (a test restarting a service, the gateway after a rolling update) must
 * not get "no responders" while its subscriptions are still on their way to the server.
 */
describe('NatsRpcServer, once listening', () => {
  let nats: TestNats;
  let caller: NatsConnection;
  let client: RequestClient;

  beforeAll(async () => {
    nats = await startTestNats();
    caller = await connect({ servers: nats.url });
    client = new RequestClient(caller, 5_000);
  });

  afterAll(async () => {
    await caller?.close();
    await nats?.dispose();
  });

  it('answers a request from another connection sent the moment it reports that it listens', async () => {
    for (let start = 0; start < 40; start += 1) {
      const server = new NatsRpcServer({ servers: nats.url });
      server.addHandler(ping.subject, async () => 'pong');
      await new Promise<void>((resolve, reject) =>
        server.listen((error) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
        ),
      );
      try {
        await expect(client.request(ping, {})).resolves.toBe('pong');
      } finally {
        await server.close();
      }
    }
  });
});
