import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';

/**
 * Connects for good: the first connect waits for the server, and a lost connection is retried
 * forever, so a NATS restart delays work but never ends a process.
 */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: url.split(','),
    name,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
}

/** The process's NATS connection for its own publishing and subscribing (Nest's transport has another). */
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
