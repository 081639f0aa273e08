import type { NatsCredentials } from '@skillproof/platform';

export interface BusOptions {
  /** The service's name: the event `source`, the connection name and the prefix of its durable consumers. */
  service: string;
  natsUrl: string;
  /** The service's own NATS user, when the server asks for one. */
  natsCredentials?: NatsCredentials;
  /** Copies of each stream JetStream keeps (1 when not given). */
  streamReplicas?: number;
  /**
   * A direct PostgreSQL URL for LISTEN, when the DataSource goes through a pooler in transaction
   * mode; the DataSource's own URL when not given.
   */
  databaseDirectUrl?: string;
  /** Default timeout of requests made with the module's RequestClient (5 s when not given). */
  requestTimeoutMs?: number;
  /** How often the outbox relay looks for unpublished events when no notification woke it. */
  outboxPollMs?: number;
}

export const BUS_OPTIONS = Symbol('BUS_OPTIONS');
export const JETSTREAM = Symbol('JETSTREAM');
