import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A chat completion request as the stub received it. */
export interface StubChatRequest {
  model: string;
  temperature?: number;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; schema: Record<string, unknown> } };
}

/**
 * What the stub does with one request: answer with this message content, answer with an HTTP error
 * (headers such as `retry-after` included), or never answer so that the client times out.
 */
export type StubBehaviour =
  | { kind: 'reply'; content: string }
  | { kind: 'error'; status: number; headers?: Record<string, string>; message?: string }
  | { kind: 'hang' };

export interface OpenAiStubOptions {
  /**
   * Decides each answer; a string is shorthand for `{ kind: 'reply', content }`. A promise holds
   * the answer back until it settles, so a test can see what happens while the model is thinking.
   */
  respond: (request: StubChatRequest) => StubBehaviour | string | Promise<StubBehaviour | string>;
  /** Delay before every answer, like a model's think time. */
  latencyMs?: number;
}

export interface OpenAiStub {
  /** Base URL to give the SDK (`OPENAI_BASE_URL`), ending in `/v1`. */
  baseUrl: string;
  /** Every chat completion request received, in order. */
  requests: StubChatRequest[];
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible server for `POST /v1/chat/completions`, so that tests and benchmarks
 * drive the real SDK (its retries, timeouts and parsing) without reaching the internet.
 */
export async function startOpenAiStub(options: OpenAiStubOptions): Promise<OpenAiStub> {
  const requests: StubChatRequest[] = [];
  const sockets = new Set<Socket>();
  let sequence = 0;
  const server: Server = createServer((request, response) => {
    void handle(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      return send(response, 404, { error: { message: 'unknown route', type: 'invalid_request_error' } });
    }
    const chat = JSON.parse(body) as StubChatRequest;
    requests.push(chat);
    const decided = await options.respond(chat);
    const behaviour: StubBehaviour = typeof decided === 'string' ? { kind: 'reply', content: decided } : decided;
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (behaviour.kind === 'hang') return;
    if (behaviour.kind === 'error') {
      const error = { message: behaviour.message ?? `stub error ${behaviour.status}`, type: 'server_error' };
      return send(response, behaviour.status, { error }, behaviour.headers);
    }
    sequence += 1;
    const promptChars = chat.messages.reduce((sum, message) => sum + message.content.length, 0);
    send(response, 200, {
      id: `chatcmpl-stub-${sequence}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: chat.model,
      choices: [
        { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: behaviour.content, refusal: null } },
      ],
      usage: {
        prompt_tokens: Math.ceil(promptChars / 4),
        completion_tokens: Math.ceil(behaviour.content.length / 4),
        total_tokens: Math.ceil(promptChars / 4) + Math.ceil(behaviour.content.length / 4),
      },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
