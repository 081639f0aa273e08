import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A company's own endpoint that accepts every delivery, and counts them. */
export async function startWebhookTarget(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/skillproof-hooks`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
