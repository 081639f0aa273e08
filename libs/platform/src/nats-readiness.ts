import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import { NATS_CONNECTION } from './nats-connection';

/** Readiness of the bus: a round trip to the NATS server. */
@Injectable()
export class NatsReadiness {
  readonly name = 'nats';

  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  async check(): Promise<void> {
    if (this.connection.isClosed()) throw new Error('connection closed');
    await this.connection.flush();
  }
}
