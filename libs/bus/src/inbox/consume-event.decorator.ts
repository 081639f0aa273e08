import { SetMetadata } from '@nestjs/common';
import type { EventDefinition, EventEnvelope } from '@skillproof/contracts';
import type { EntityManager } from 'typeorm';

export interface ConsumeEventOptions {
  /** Names the durable consumer (prefixed with the service); replicas with the same name share the work. */
  consumer: string;
  /** Events handled at once by this process; with `@ConsumeEvents`, batches (transactions) at once. */
  concurrency?: number;
  /** Deliveries before the event goes to the dead-letter stream; while the database is unreachable it waits instead. */
  maxDeliver?: number;
  /** How long a delivery may go without an ack or heartbeat before JetStream hands it to another process. */
  ackWaitMs?: number;
  /** First delay before a failed event is redelivered; it doubles with each try. */
  retryBaseMs?: number;
}

/** For `@ConsumeEvents`: how many events, at most, one transaction takes in. */
export interface ConsumeEventsOptions extends ConsumeEventOptions {
  batchSize: number;
}

export interface EventConsumerMetadata {
  definition: EventDefinition<unknown>;
  options: ConsumeEventOptions;
  /** Set for `@ConsumeEvents`: the handler takes a batch of events instead of one. */
  batchSize?: number;
}

/**
 * The handler runs inside a database transaction that also records the event id in the inbox,
 * so an event delivered twice has its effect once; the message is acked only after the commit.
 */
export type EventHandler<Data> = (event: EventEnvelope<Data>, manager: EntityManager) => Promise<void>;

/**
 * The batch twin of EventHandler: the events pulled together (none of them applied before, in
 * delivery order) are applied in one transaction with their inbox entries, and all are acked after
 * its commit. If the batch fails, each event is tried again alone, so one bad event cannot hold
 * back its neighbours, and then retried or dead-lettered by itself.
 */
export type EventBatchHandler<Data> = (events: Array<EventEnvelope<Data>>, manager: EntityManager) => Promise<void>;

export const CONSUME_EVENT = 'skillproof:consume-event';

/** Marks a provider method as the handler of a domain event, the JetStream twin of `@MessagePattern`. */
export const ConsumeEvent = <Data>(definition: EventDefinition<Data>, options: ConsumeEventOptions): MethodDecorator =>
  SetMetadata<string, EventConsumerMetadata>(CONSUME_EVENT, { definition, options });

/**
 * Like `@ConsumeEvent`, for handlers whose per-event transaction is the bottleneck: events that
 * arrive together are taken in one transaction, up to `batchSize`.
 */
export const ConsumeEvents = <Data>(
  definition: EventDefinition<Data>,
  options: ConsumeEventsOptions,
): MethodDecorator =>
  SetMetadata<string, EventConsumerMetadata>(CONSUME_EVENT, {
    definition,
    options,
    batchSize: options.batchSize,
  });
