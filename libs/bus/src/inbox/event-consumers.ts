import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '@skillproof/platform';
import { BUS_OPTIONS, JETSTREAM, type BusOptions } from '../bus.options';
import {
  CONSUME_EVENT,
  type EventBatchHandler,
  type EventConsumerMetadata,
  type EventHandler,
} from './consume-event.decorator';

type AnyHandler = EventHandler<unknown> | EventBatchHandler<unknown>;
import { EventConsumer } from './event-consumer';

/** Finds every `@ConsumeEvent` handler of the application and runs a consumer for each. */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumers: EventConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    @Inject(JETSTREAM) private readonly jetstream: JetStreamClient,
    @Inject(BUS_OPTIONS) private readonly options: BusOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const manager = await jetstreamManager(this.connection);
    const deps = { service: this.options.service, dataSource: this.dataSource, jetstream: this.jetstream, manager };
    for (const { metadata, handler } of this.discoverHandlers()) {
      const consumer = new EventConsumer(metadata, handler, deps);
      await consumer.start();
      this.consumers.push(consumer);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  private discoverHandlers(): Array<{ metadata: EventConsumerMetadata; handler: AnyHandler }> {
    const found: Array<{ metadata: EventConsumerMetadata; handler: AnyHandler }> = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (typeof method !== 'function') continue;
        const metadata = this.reflector.get<EventConsumerMetadata | undefined>(CONSUME_EVENT, method);
        if (metadata) found.push({ metadata, handler: (method as AnyHandler).bind(instance) });
      }
    }
    return found;
  }
}
