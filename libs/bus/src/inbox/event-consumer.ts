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
import type { EventBatchHandler, EventConsumerMetadata, EventHandler } from './consume-event.decorator';
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
  private readonly batchSize: number;
  private readonly maxDeliver: number;
  private readonly ackWaitMs: number;
  private readonly retryBaseMs: number;
  /** Applies the events new to the inbox, inside its transaction. */
  private readonly applyNew: EventBatchHandler<unknown>;
  private readonly inFlight = new Set<Promise<void>>();
  /** Pulled, not yet started: they go together in the next batch that has room. */
  private waiting: JsMsg[] = [];
  private flushScheduled = false;
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly metadata: EventConsumerMetadata,
    handler: EventHandler<unknown> | EventBatchHandler<unknown>,
    private readonly deps: EventConsumerDeps,
  ) {
    const { options } = metadata;
    this.durable = durableName(deps.service, options.consumer);
    this.concurrency = options.concurrency ?? 4;
    this.batchSize = metadata.batchSize ?? 1;
    this.maxDeliver = options.maxDeliver ?? 5;
    this.ackWaitMs = options.ackWaitMs ?? 30_000;
    this.retryBaseMs = options.retryBaseMs ?? 1_000;
    this.logger = new Logger(`EventConsumer ${this.durable}`);
    this.applyNew =
      metadata.batchSize === undefined
        ? async (events, manager) => {
            for (const event of events) await (handler as EventHandler<unknown>)(event, manager);
          }
        : (handler as EventBatchHandler<unknown>);
  }

  async start(): Promise<void> {
    await this.ensureConsumer();
    const consumer = await this.deps.jetstream.consumers.get(EVENTS_STREAM, this.durable);
    this.messages = await consumer.consume({ max_messages: this.concurrency * this.batchSize });
    this.loop = this.pull(this.messages);
    watchConsumerLag(this.durable, this.deps.manager);
  }

  /** Stops pulling, gives back what was pulled but not started, and lets running handlers finish and ack. */
  async stop(): Promise<void> {
    this.stopped = true;
    unwatchConsumerLag(this.durable);
    await this.messages?.close();
    await this.loop;
    for (const message of this.waiting.splice(0)) message.nak();
    await Promise.allSettled([...this.inFlight]);
  }

  /**
   * Messages pulled together wait for the end of the current turn of the event loop, so that the
   * ones that arrived in the same read go in one batch; a full batch starts at once. The loop stops
   * pulling while every transaction is busy and a full batch waits.
   */
  private async pull(messages: ConsumerMessages): Promise<void> {
    for await (const message of messages) {
      if (this.stopped) {
        message.nak();
        continue;
      }
      this.waiting.push(message);
      if (this.waiting.length >= this.batchSize) this.flush();
      else this.flushSoon();
      while (this.inFlight.size >= this.concurrency && this.waiting.length >= this.batchSize) {
        await Promise.race(this.inFlight);
      }
    }
  }

  private flushSoon(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (!this.stopped && this.inFlight.size < this.concurrency && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.batchSize);
      const work = this.process(batch).finally(() => {
        this.inFlight.delete(work);
        this.flush();
      });
      this.inFlight.add(work);
    }
  }

  private async process(messages: JsMsg[]): Promise<void> {
    const heartbeat = setInterval(
      () => messages.forEach((message) => message.working()),
      Math.max(1_000, this.ackWaitMs / 3),
    );
    try {
      const parsed: Array<{ message: JsMsg; event: EventEnvelope }> = [];
      for (const message of messages) {
        const event = parse(message);
        if (event) parsed.push({ message, event });
        else await this.reject(message);
      }
      if (parsed.length <= 1) {
        for (const { message, event } of parsed) await this.processOne(message, event);
        return;
      }
      try {
        await this.apply(parsed.map(({ event }) => event));
      } catch (error) {
        this.logger.warn(`A batch of ${parsed.length} events failed (${describe(error)}); taking them one by one`);
        for (const { message, event } of parsed) await this.processOne(message, event);
        return;
      }
      for (const { message } of parsed) message.ack();
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async processOne(message: JsMsg, event: EventEnvelope): Promise<void> {
    try {
      await this.apply([event]);
      message.ack();
    } catch (error) {
      await this.onFailure(message, error);
    }
  }

  /** Not an event at all: no retry can fix it, so it goes to the dead letters at once. */
  private async reject(message: JsMsg): Promise<void> {
    try {
      await this.deadLetter(message, { error: 'not a CloudEvents envelope', event: rawEnvelope(message) });
      message.term('not a CloudEvents envelope');
    } catch (error) {
      await this.onFailure(message, error);
    }
  }

  /** Records the events in the inbox and applies those it had not seen, in one transaction. */
  private async apply(events: EventEnvelope[]): Promise<void> {
    await this.deps.dataSource.transaction(async (manager) => {
      const recorded: Array<{ event_id: string }> = await manager.query(
        `INSERT INTO inbox_entries (consumer, event_id) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.durable, events.map((event) => event.id)],
      );
      const fresh = new Set(recorded.map((row) => row.event_id));
      // A message delivered twice in one batch is applied once: the first copy takes the entry.
      const news = events.filter((event) => fresh.delete(event.id));
      if (news.length > 0) await this.applyNew(news, manager);
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
      max_ack_pending: Math.max(1_000, this.concurrency * this.batchSize * 4),
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
