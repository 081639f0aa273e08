import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import type { RequestDefinition, RpcProblem } from '@skillproof/contracts';

export type Answer<Reply> = { ok: true; value: Reply } | { ok: false; problem: RpcProblem };

/** Talks to services over NATS the way the gateway does, so tests can pass any principal. */
export class ServiceAsker {
  private constructor(private readonly connection: NatsConnection) {}

  static async connect(url: string): Promise<ServiceAsker> {
    return new ServiceAsker(await connect({ servers: url }));
  }

  async ask<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<Answer<Reply>> {
    const packet = JSON.stringify({ pattern: definition.subject, data: payload, id: randomUUID() });
    const message = await this.connection.request(definition.subject, packet, { timeout: 10_000 });
    const reply = message.json<{ response?: Reply; err?: RpcProblem }>();
    return reply.err ? { ok: false, problem: reply.err } : { ok: true, value: reply.response as Reply };
  }

  /** The reply, or a thrown error naming the problem, for steps that must succeed. */
  async must<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<Reply> {
    const answer = await this.ask(definition, payload);
    if (!answer.ok) throw new Error(`${definition.subject}: ${answer.problem.code} ${answer.problem.detail}`);
    return answer.value;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
