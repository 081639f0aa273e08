import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyWebhookPayload } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { JobsConfig } from '../config/jobs.config';
import { WebhookDeliveryRepository } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';

/** Postgres delivers the NOTIFY at commit, which is exactly when the worker may see the new rows. */
export const DELIVERIES_CHANNEL = 'skillproof_webhook_deliveries';

/**
 * Records one delivery of a public payload (webhook-payload.util.ts, never an internal event) for
 * each endpoint of the company it concerns that subscribed to its type, in the caller's transaction.
 * Deliveries are written beside the state change that causes them rather than from a consumer of
 * our own events: the delivery exists exactly when the change does, with no second hop to fail.
 */
@Injectable()
export class WebhookFanoutService {
  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    @Inject(JobsConfig) private readonly config: JobsConfig,
    private readonly clock: Clock,
  ) {}

  async enqueue(manager: EntityManager, payload: AnyWebhookPayload): Promise<number> {
    const { type } = payload;
    const targets = await this.endpoints.findSubscribed(payload.data.companyId, type, manager);
    if (targets.length === 0) return 0;
    const body = JSON.stringify(payload);
    const now = this.clock.now();
    const retryUntil = new Date(now.getTime() + this.config.WEBHOOK_RETRY_WINDOW_MS);
    await this.deliveries.insertMany(
      targets.map((endpoint) => ({ endpointId: endpoint.id, eventType: type, body, retryUntil })),
      now,
      manager,
    );
    await manager.query('SELECT pg_notify($1, $2)', [DELIVERIES_CHANNEL, '']);
    return targets.length;
  }
}
