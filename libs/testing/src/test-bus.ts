import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { createEvent, EVENTS_STREAM, type EventDefinition, type EventEnvelope } from '@skillproof/contracts';

export interface TestPublishOptions {
  /** The event id; pass an earlier envelope's id to publish the same fact again. */
  id?: string;
  /** CloudEvents `source`, for a consumer that cares which service spoke. */
  source?: string;
}

/**
 * A test's own seat on the bus: it publishes events the way a service's outbox relay does and
 * watches what the services publish, so a test can drive and observe a service without its peers.
 */
export class TestBus {
  private constructor(
    private readonly connection: NatsConnection,
    private readonly js: JetStreamClient,
  ) {}

  static async connect(natsUrl: string): Promise<TestBus> {
    // Reconnects without limit, like the services, so a test may restart NATS under it.
    const connection = await connect({ servers: natsUrl, name: 'test-bus', maxReconnectAttempts: -1 });
    return new TestBus(connection, jetstream(connection));
  }

  /**
   * Wraps `data` in an envelope and publishes it onto JetStream with the event id as message id,
   * so a second publish of the same id within the stream's duplicate window is dropped by the stream.
   */
  async publish<Data>(
    definition: EventDefinition<Data>,
    data: Data,
    options: TestPublishOptions = {},
  ): Promise<EventEnvelope<Data>> {
    const event = createEvent(definition, { source: options.source ?? 'skillproof/test', data, id: options.id });
    await this.js.publish(definition.subject, JSON.stringify(event), { msgID: event.id });
    return event;
  }

  /**
   * Publishes an envelope again without a message id, so the stream stores a second copy: the
   * redelivery that only a consumer's inbox can catch.
   */
  async redeliver(event: EventEnvelope): Promise<void> {
    await this.js.publish(event.type, JSON.stringify(event));
  }

  /** The events published on the definition's subject from now on; the array fills as they arrive. */
  collect<Data>(definition: EventDefinition<Data>): EventEnvelope<Data>[] {
    const seen: EventEnvelope<Data>[] = [];
    this.connection.subscribe(definition.subject, {
      callback: (error, message) => {
        if (!error) seen.push(message.json<EventEnvelope<Data>>());
      },
    });
    return seen;
  }

  /** True once the durable consumer has handled (acked) everything in the events stream. */
  async consumerIsIdle(durable: string): Promise<boolean> {
    const info = await (await jetstreamManager(this.connection)).consumers.info(EVENTS_STREAM, durable);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  close(): Promise<void> {
    return this.connection.drain();
  }
}
