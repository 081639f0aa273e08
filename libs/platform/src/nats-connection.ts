import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';

/**
 * Connects for good: the first connect waits for the server, and a lost connection is retried
 * forever, so a NATS restart delays work but never ends a process.
 *
 * Without `noAsyncTraces` the client builds three Error objects (request, timeout, no responders),
 * each capturing a stack, for every request in case one is thrown; profiling the gateway showed
 * them on every read. RequestClient turns those errors into problems that name the subject, so the
 * caller's stack they would add is not needed.
 */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url.split(','),
    name,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    noAsyncTraces: true,
  });
}

/** The process's NATS connection for its own publishing and subscribing (Nest's transport has another). */
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
