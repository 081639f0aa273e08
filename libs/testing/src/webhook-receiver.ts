import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

/** What the receiver answers to the nth request on a path (1-based); 204 when not given. */
export type Responder = (
  path: string,
  nth: number,
) => { status: number; body?: string; headers?: Record<string, string> };

/** A real HTTP server on loopback that records every webhook it receives. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly counts = new Map<string, number>();
  responder: Responder = () => ({ status: 204 });

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver: WebhookReceiver = new WebhookReceiver(
      createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const path = request.url ?? '/';
          const nth = (receiver.counts.get(path) ?? 0) + 1;
          receiver.counts.set(path, nth);
          receiver.received.push({
            path,
            headers: request.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            receivedAt: Date.now(),
          });
          const answer = receiver.responder(path, nth);
          response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  on(path: string): ReceivedWebhook[] {
    return this.received.filter((entry) => entry.path === path);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
