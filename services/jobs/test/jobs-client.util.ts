import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/nats-core';
import { isRpcProblem, type RequestDefinition, type RpcProblem } from '@skillproof/contracts';
import { connectNats } from '@skillproof/platform';

export type Outcome<Reply> = { ok: true; reply: Reply } | { ok: false; problem: RpcProblem };

/** Talks to the jobs service the way the gateway does: requests in Nest's NATS wire format. */
export class JobsClient {
  private constructor(private readonly connection: NatsConnection) {}

  static async connect(url: string): Promise<JobsClient> {
    return new JobsClient(await connectNats(url, 'jobs-test-client'));
  }

  async call<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<Outcome<Reply>> {
    const packet = JSON.stringify({ pattern: definition.subject, data: payload, id: randomUUID() });
    const message = await this.connection.request(definition.subject, packet, { timeout: 5_000 });
    const answer = message.json<{ response?: Reply; err?: unknown }>();
    if (answer.err !== undefined && answer.err !== null) {
      if (!isRpcProblem(answer.err)) throw new Error(`Unexpected error reply: ${JSON.stringify(answer.err)}`);
      return { ok: false, problem: answer.err };
    }
    return { ok: true, reply: answer.response as Reply };
  }

  /** Calls and expects success; the problem, if any, becomes the test failure. */
  async ok<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<Reply> {
    const outcome = await this.call(definition, payload);
    if (!outcome.ok) throw new Error(`${definition.subject} failed: ${JSON.stringify(outcome.problem)}`);
    return outcome.reply;
  }

  /** Calls and expects a problem, which it returns. */
  async problem<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<RpcProblem> {
    const outcome = await this.call(definition, payload);
    if (outcome.ok) throw new Error(`${definition.subject} succeeded: ${JSON.stringify(outcome.reply)}`);
    return outcome.problem;
  }

  close(): Promise<void> {
    return this.connection.drain();
  }
}
