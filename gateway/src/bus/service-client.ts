import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { errors, headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { isRpcProblem, type RequestDefinition } from '@skillproof/contracts';
import { DomainError, NATS_CONNECTION } from '@skillproof/platform';
import { GatewayConfig } from '../config/gateway.config';

interface NestReply<Reply> {
  id?: string;
  response?: Reply;
  err?: unknown;
}

export interface RequestOptions {
  traceparent?: string;
  timeoutMs?: number;
}

/**
 * Asks a service over NATS request/reply in the wire format of Nest's NATS transport. A service
 * that is not running answers 503 at once (NATS reports no responders); one that does not answer
 * in time answers 504; a problem the service raised passes through with its own status.
 */
@Injectable()
export class ServiceClient {
  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: GatewayConfig,
  ) {}

  async request<Request, Reply>(
    definition: RequestDefinition<Request, Reply>,
    payload: Request,
    options: RequestOptions = {},
  ): Promise<Reply> {
    const timeout = options.timeoutMs ?? this.config.NATS_REQUEST_TIMEOUT_MS;
    const service = definition.subject.split('.')[0];
    const headers = natsHeaders();
    if (options.traceparent) headers.set('traceparent', options.traceparent);
    const packet = JSON.stringify({ pattern: definition.subject, data: payload, id: randomUUID() });
    let reply: NestReply<Reply>;
    try {
      const message = await this.connection.request(definition.subject, packet, { timeout, headers });
      reply = message.json<NestReply<Reply>>();
    } catch (error) {
      throw translateTransportError(error, service, timeout);
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (isRpcProblem(reply.err)) {
        const { status, code, detail, errors: fields } = reply.err;
        throw new DomainError(status, code, detail, fields);
      }
      throw new DomainError(502, 'upstream.failed', `The ${service} service failed to answer`);
    }
    return reply.response as Reply;
  }
}

function translateTransportError(error: unknown, service: string, timeoutMs: number): DomainError {
  const noResponders =
    (error instanceof errors.RequestError && error.isNoResponders()) || error instanceof errors.NoRespondersError;
  const timedOut = error instanceof errors.TimeoutError || (error as Error).cause instanceof errors.TimeoutError;
  if (noResponders) {
    return new DomainError(
      503,
      'upstream.unavailable',
      `The ${service} service is not available right now; try again shortly`,
    );
  }
  if (timedOut) {
    return new DomainError(504, 'upstream.timeout', `The ${service} service did not answer within ${timeoutMs} ms`);
  }
  return new DomainError(
    503,
    'upstream.unreachable',
    `The ${service} service cannot be reached: the message bus is down`,
  );
}
