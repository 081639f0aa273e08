import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import { connectNats, NATS_CONNECTION, natsCredentials, RequestClient } from '@skillproof/platform';
import { GatewayConfig } from '../config/gateway.config';

/** The gateway's one NATS connection, for requests to services and for event notifications. */
@Global()
@Module({
  providers: [
    {
      provide: NATS_CONNECTION,
      inject: [GatewayConfig],
      useFactory: (config: GatewayConfig) => connectNats(config.NATS_URL, 'gateway', natsCredentials(config)),
    },
    {
      provide: RequestClient,
      inject: [NATS_CONNECTION, GatewayConfig],
      useFactory: (connection: NatsConnection, config: GatewayConfig) =>
        new RequestClient(connection, config.NATS_REQUEST_TIMEOUT_MS),
    },
  ],
  exports: [NATS_CONNECTION, RequestClient],
})
export class GatewayBusModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain();
  }
}
