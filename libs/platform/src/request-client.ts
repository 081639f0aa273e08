import { randomUUID } from 'node:crypto';
import { errors, headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { isRpcProblem, type RequestDefinition } from '@skillproof/contracts';
import { DomainError } from './domain-error';

export interface RequestOptions {
  /** W3C trace context to send as a NATS header, so the answering service logs under the same trace. */
  traceparent?: string;
  /** Overrides the client's default timeout for this request. */
  timeoutMs?: number;
}

/** The reply Nest's NATS transport sends: the handler's result, or the problem it raised. */
interface NestReply<Reply> {
  id?: string;
  response?: Reply;
  err?: unknown;
}

/**
 * Asks a service over NATS request/reply in the wire format of Nest's NATS transport. This is the
 * only place that packet is built, so every caller (the gateway, services asking each other,
 * scripts, tests and benchmarks) gets the same answers for the same failures:
 * - nobody serves the subject (the service is not running): 503 `upstream.unavailable`, at once;
 * - no answer within the timeout: 504 `upstream.timeout`;
 * - the connection to NATS itself is down: 503 `upstream.unreachable`;
 * - the service raised a problem: a DomainError with the service's own status, code and fields;
 * - the service answered with something that is not a problem: 502 `upstream.failed`.
 */
export class RequestClient {
  constructor(
    private readonly connection: NatsConnection,
    private readonly defaultTimeoutMs: number,
  ) {}

  async request<Request, Reply>(
    definition: RequestDefinition<Request, Reply>,
    payload: Request,
    options: RequestOptions = {},
  ): Promise<Reply> {
    const timeout = options.timeoutMs ?? this.defaultTimeoutMs;
    const service = definition.subject.split('.')[0];
    const headers = natsHeaders();
    if (options.traceparent) headers.set('traceparent', options.traceparent);
    const packet = JSON.stringify({ pattern: definition.subject, data: payload, id: randomUUID() });
    let reply: NestReply<Reply>;
    try {
      const message = await this.connection.request(definition.subject, packet, { timeout, headers });
      reply = message.json<NestReply<Reply>>();
    } catch (error) {
      throw transportProblem(error, service, timeout);
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (isRpcProblem(reply.err)) {
        const { status, code, detail, errors: fields } = reply.err;
        throw new DomainError(status, code, detail, fields);
      }
      throw DomainError.upstreamFailed(`The ${service} service failed to answer`);
    }
    return reply.response as Reply;
  }
}

function transportProblem(error: unknown, service: string, timeoutMs: number): DomainError {
  const noResponders =
    (error instanceof errors.RequestError && error.isNoResponders()) || error instanceof errors.NoRespondersError;
  const timedOut = error instanceof errors.TimeoutError || (error as Error).cause instanceof errors.TimeoutError;
  if (noResponders) {
    return DomainError.unavailable(
      'upstream.unavailable',
      `The ${service} service is not available right now; try again shortly`,
    );
  }
  if (timedOut) {
    return DomainError.timeout('upstream.timeout', `The ${service} service did not answer within ${timeoutMs} ms`);
  }
  return DomainError.unavailable(
    'upstream.unreachable',
    `The ${service} service cannot be reached: the message bus is down`,
  );
}
