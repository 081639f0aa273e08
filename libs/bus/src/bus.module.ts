import { Module, type DynamicModule, Inject, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { BUS_OPTIONS, JETSTREAM, type BusOptions } from './bus.options';
import { EventConsumers } from './inbox/event-consumers';
import { connectNats, NATS_CONNECTION } from '@skillproof/platform';
import { ensureStreams } from './nats/streams';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

/**
 * The event bus of one service: a NATS connection, the JetStream streams, the outbox with its
 * relay, and a consumer for every `@ConsumeEvent` handler. Needs TypeORM's DataSource in scope.
 */
@Module({})
export class BusModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  static forRoot(options: BusOptions): DynamicModule {
    return {
      module: BusModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: BUS_OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          useFactory: async () => {
            const connection = await connectNats(options.natsUrl, `${options.service}-events`);
            await ensureStreams(await jetstreamManager(connection));
            return connection;
          },
        },
        {
          provide: JETSTREAM,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => jetstream(connection),
        },
        Outbox,
        OutboxRelay,
        EventConsumers,
      ],
      exports: [BUS_OPTIONS, NATS_CONNECTION, JETSTREAM, Outbox, OutboxRelay],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain();
  }
}
