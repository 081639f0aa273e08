import type { NatsConnection } from '@nats-io/nats-core';
import { connectNats } from '@skillproof/platform';
import type { RequestDefinition } from '@skillproof/contracts';

/**
 * Stands in for another service on one subject, replying in the wire format of Nest's NATS
 * transport, so a test can show what the gateway does when that service answers (or answers late).
 */
export async function answerAsService<Request, Reply>(
  natsUrl: string,
  definition: RequestDefinition<Request, Reply>,
  answer: (request: Request) => Reply,
  delayMs = 0,
): Promise<NatsConnection> {
  const connection = await connectNats(natsUrl, `fake-${definition.subject}`);
  connection.subscribe(definition.subject, {
    callback: (_error, message) => {
      const packet = message.json<{ id: string; data: Request }>();
      setTimeout(() => {
        message.respond(JSON.stringify({ id: packet.id, response: answer(packet.data), isDisposed: true }));
      }, delayMs);
    },
  });
  await connection.flush();
  return connection;
}
