import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import { connectNats, NATS_CONNECTION } from '@skillproof/platform';
import { GatewayConfig } from '../config/gateway.config';
import { ServiceClient } from './service-client';

/** The gateway's one NATS connection, for requests to services and for event notifications. */
@Global()
@Module({
  providers: [
    {
      provide: NATS_CONNECTION,
      inject: [GatewayConfig],
      useFactory: (config: GatewayConfig) => connectNats(config.NATS_URL, 'gateway'),
    },
    ServiceClient,
  ],
  exports: [NATS_CONNECTION, ServiceClient],
})
export class GatewayBusModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain();
  }
}
