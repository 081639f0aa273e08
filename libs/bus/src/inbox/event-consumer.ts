import { Logger } from '@nestjs/common';
import {
  AckPolicy,
  DeliverPolicy,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { DataSource } from 'typeorm';
import {
  EVENTS_STREAM,
  createEvent,
  deadLetterSubject,
  isEventEnvelope,
  type DeadLetteredData,
  type EventEnvelope,
} from '@skillproof/contracts';
import { backoffMs } from '../backoff';
import { isNotFound } from '../nats/streams';
import type { EventConsumerMetadata, EventHandler } from './consume-event.decorator';
import { unwatchConsumerLag, watchConsumerLag } from './consumer-lag.metric';
import { durableName } from './inbox';

const MS_NS = 1_000_000;

export interface EventConsumerDeps {
  service: string;
  dataSource: DataSource;
  jetstream: JetStreamClient;
  manager: JetStreamManager;
}

/** One durable JetStream consumer feeding one handler through the inbox. */
export class EventConsumer {
  private readonly logger: Logger;
  private readonly durable: string;
  private readonly concurrency: number;
  private readonly maxDeliver: number;
  private readonly ackWaitMs: number;
  private readonly retryBaseMs: number;
  private readonly inFlight = new Set<Promise<void>>();
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly metadata: EventConsumerMetadata,
    private readonly handler: EventHandler<unknown>,
    private readonly deps: EventConsumerDeps,
  ) {
    const { options } = metadata;
    this.durable = durableName(deps.service, options.consumer);
    this.concurrency = options.concurrency ?? 4;
    this.maxDeliver = options.maxDeliver ?? 5;
    this.ackWaitMs = options.ackWaitMs ?? 30_000;
    this.retryBaseMs = options.retryBaseMs ?? 1_000;
    this.logger = new Logger(`EventConsumer ${this.durable}`);
  }

  async start(): Promise<void> {
    await this.ensureConsumer();
    const consumer = await this.deps.jetstream.consumers.get(EVENTS_STREAM, this.durable);
    this.messages = await consumer.consume({ max_messages: this.concurrency });
    this.loop = this.pull(this.messages);
    watchConsumerLag(this.durable, this.deps.manager);
  }

  /** Stops pulling, then lets the handlers already running finish and ack. */
  async stop(): Promise<void> {
    this.stopped = true;
    unwatchConsumerLag(this.durable);
    await this.messages?.close();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
  }

  private async pull(messages: ConsumerMessages): Promise<void> {
    for await (const message of messages) {
      if (this.stopped) {
        message.nak();
        continue;
      }
      const work = this.process(message).finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
      if (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    }
  }

  private async process(message: JsMsg): Promise<void> {
    const heartbeat = setInterval(() => message.working(), Math.max(1_000, this.ackWaitMs / 3));
    try {
      const event = parse(message);
      if (!event) {
        await this.deadLetter(message, { error: 'not a CloudEvents envelope', event: rawEnvelope(message) });
        message.term('not a CloudEvents envelope');
        return;
      }
      await this.apply(event);
      message.ack();
    } catch (error) {
      await this.onFailure(message, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async apply(event: EventEnvelope): Promise<void> {
    await this.deps.dataSource.transaction(async (manager) => {
      const recorded: unknown[] = await manager.query(
        `INSERT INTO inbox_entries (consumer, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.durable, event.id],
      );
      if (recorded.length === 0) return;
      await this.handler(event, manager);
    });
  }

  private async onFailure(message: JsMsg, error: unknown): Promise<void> {
    const deliveries = message.info.deliveryCount;
    const reason = error instanceof Error ? error.message : String(error);
    if (deliveries < this.maxDeliver) {
      const delay = backoffMs(deliveries, this.retryBaseMs, 60_000);
      this.logger.warn(`Delivery ${deliveries}/${this.maxDeliver} failed (${reason}); retry in ${delay} ms`);
      message.nak(delay);
      return;
    }
    // A database that cannot be reached fails every event alike: that is an outage to wait out, not
    // an event to give up on. Dead-lettering here would lose every event that arrived during it.
    if (!(await this.databaseReachable())) {
      const delay = backoffMs(deliveries, this.retryBaseMs, 60_000);
      this.logger.warn(`Delivery ${deliveries} failed with the database unreachable (${reason}); retry in ${delay} ms`);
      message.nak(delay);
      return;
    }
    this.logger.error(
      `Giving up after ${deliveries} deliveries (${reason}); moved to ${deadLetterSubject(this.durable)}`,
    );
    try {
      await this.deadLetter(message, { error: reason, event: parse(message) ?? rawEnvelope(message) });
      message.term(reason.slice(0, 200));
    } catch (publishError) {
      // Without the dead letter stored, the event must not be dropped: let JetStream redeliver it.
      this.logger.error(`Dead-letter publish failed: ${String(publishError)}`);
      message.nak(backoffMs(deliveries, this.retryBaseMs, 60_000));
    }
  }

  private databaseReachable(): Promise<boolean> {
    return this.deps.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  private async deadLetter(message: JsMsg, failure: { error: string; event: EventEnvelope }): Promise<void> {
    const data: DeadLetteredData = {
      consumer: this.durable,
      deliveries: message.info.deliveryCount,
      error: failure.error,
      event: failure.event,
    };
    const letter = createEvent(
      { subject: deadLetterSubject(this.durable) },
      { source: `skillproof/${this.deps.service}`, subject: failure.event.id, data },
    );
    await this.deps.jetstream.publish(deadLetterSubject(this.durable), JSON.stringify(letter), { msgID: letter.id });
  }

  private async ensureConsumer(): Promise<void> {
    const config: Partial<ConsumerConfig> = {
      durable_name: this.durable,
      filter_subject: this.metadata.definition.subject,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: this.ackWaitMs * MS_NS,
      // The consumer counts deliveries itself so that it can dead-letter before giving up.
      max_deliver: -1,
      max_ack_pending: Math.max(1_000, this.concurrency * 4),
    };
    try {
      await this.deps.manager.consumers.info(EVENTS_STREAM, this.durable);
      await this.deps.manager.consumers.update(EVENTS_STREAM, this.durable, {
        ack_wait: config.ack_wait,
        max_ack_pending: config.max_ack_pending,
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.deps.manager.consumers.add(EVENTS_STREAM, config);
    }
  }
}

function parse(message: JsMsg): EventEnvelope | undefined {
  try {
    const value: unknown = message.json();
    return isEventEnvelope(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function rawEnvelope(message: JsMsg): EventEnvelope {
  return {
    specversion: '1.0',
    id: `${message.info.stream}:${message.seq}`,
    source: 'unknown',
    type: message.subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: message.string(),
  };
}
