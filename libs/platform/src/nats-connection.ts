import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';

/** A NATS user and its password; see BaseConfig's NATS_USER. */
export interface NatsCredentials {
  user?: string;
  pass?: string;
}

/** The credentials in a process's settings, in the shape NATS clients take them. */
export function natsCredentials(config: { NATS_USER?: string; NATS_PASSWORD?: string }): NatsCredentials {
  return config.NATS_USER ? { user: config.NATS_USER, pass: config.NATS_PASSWORD } : {};
}

/**
 * Connects for good: the first connect waits for the server, and a lost connection is retried
 * forever, so a NATS restart delays work but never ends a process. `url` may name several servers
 * of a cluster, separated by commas; the client moves to another when one goes away.
 *
 * Without `noAsyncTraces` the client builds three Error objects (request, timeout, no responders),
 * each capturing a stack, for every request in case one is thrown; profiling the gateway showed
 * them on every read. RequestClient turns those errors into problems that name the subject, so the
 * caller's stack they would add is not needed.
 */
export function connectNats(url: string, name: string, credentials: NatsCredentials = {}): Promise<NatsConnection> {
  return connect({
    ...credentials,
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
