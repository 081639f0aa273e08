import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { RequestDefinition, RpcProblem } from '@skillproof/contracts';
import { DomainError, RequestClient } from '@skillproof/platform';

export type Outcome<Reply> = { ok: true; reply: Reply } | { ok: false; problem: RpcProblem };

/**
 * Talks to services over NATS exactly as the gateway does (the shared RequestClient), so a test
 * can pass any principal and read the problem a service answers with.
 */
export class ServiceCaller {
  private constructor(
    private readonly connection: NatsConnection,
    private readonly requests: RequestClient,
  ) {}

  static async connect(natsUrl: string, timeoutMs = 10_000): Promise<ServiceCaller> {
    const connection = await connect({ servers: natsUrl, name: 'test-caller' });
    return new ServiceCaller(connection, new RequestClient(connection, timeoutMs));
  }

  /** The reply, or the problem the service (or the transport) answered with. */
  async call<Request, Reply>(definition: RequestDefinition<Request, Reply>, payload: Request): Promise<Outcome<Reply>> {
    try {
      return { ok: true, reply: await this.requests.request(definition, payload) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, problem: error.toProblem() };
      throw error;
    }
  }

  /** Calls and expects success; a problem becomes the test's failure. */
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

  /** The same RequestClient, for code under test that takes one. */
  get client(): RequestClient {
    return this.requests;
  }

  close(): Promise<void> {
    return this.connection.drain();
  }
}
