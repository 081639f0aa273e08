import { SetMetadata } from '@nestjs/common';
import type { EventDefinition, EventEnvelope } from '@skillproof/contracts';
import type { EntityManager } from 'typeorm';

export interface ConsumeEventOptions {
  /** Names the durable consumer (prefixed with the service); replicas with the same name share the work. */
  consumer: string;
  /** Events handled at once by this process. */
  concurrency?: number;
  /** Deliveries before the event goes to the dead-letter stream; while the database is unreachable it waits instead. */
  maxDeliver?: number;
  /** How long a delivery may go without an ack or heartbeat before JetStream hands it to another process. */
  ackWaitMs?: number;
  /** First delay before a failed event is redelivered; it doubles with each try. */
  retryBaseMs?: number;
}

export interface EventConsumerMetadata {
  definition: EventDefinition<unknown>;
  options: ConsumeEventOptions;
}

/**
 * The handler runs inside a database transaction that also records the event id in the inbox,
 * so an event delivered twice has its effect once; the message is acked only after the commit.
 */
export type EventHandler<Data> = (event: EventEnvelope<Data>, manager: EntityManager) => Promise<void>;

export const CONSUME_EVENT = 'skillproof:consume-event';

/** Marks a provider method as the handler of a domain event, the JetStream twin of `@MessagePattern`. */
export const ConsumeEvent = <Data>(definition: EventDefinition<Data>, options: ConsumeEventOptions): MethodDecorator =>
  SetMetadata<string, EventConsumerMetadata>(CONSUME_EVENT, { definition, options });
