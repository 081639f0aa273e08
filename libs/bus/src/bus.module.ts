import { Module, type DynamicModule, Inject, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { BUS_OPTIONS, JETSTREAM, type BusOptions } from './bus.options';
import { EventConsumers } from './inbox/event-consumers';
import { connectNats, NATS_CONNECTION, RequestClient } from '@skillproof/platform';
import { ensureStreams } from './nats/streams';
import { DatabaseNotifications } from './outbox/database-notifications';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

/**
 * The bus of one service: a NATS connection, the JetStream streams, the outbox with its relay, a
 * consumer for every `@ConsumeEvent` handler, and the RequestClient for asking other services. Needs TypeORM's DataSource in scope.
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
            const connection = await connectNats(options.natsUrl, `${options.service}-events`, options.natsCredentials);
            await ensureStreams(await jetstreamManager(connection), options.streamReplicas);
            return connection;
          },
        },
        {
          provide: JETSTREAM,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => jetstream(connection),
        },
        {
          provide: RequestClient,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => new RequestClient(connection, options.requestTimeoutMs ?? 5_000),
        },
        DatabaseNotifications,
        Outbox,
        OutboxRelay,
        EventConsumers,
      ],
      exports: [BUS_OPTIONS, NATS_CONNECTION, JETSTREAM, RequestClient, DatabaseNotifications, Outbox, OutboxRelay],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain();
  }
}
