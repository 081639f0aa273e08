import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { JobsEvents } from '@skillproof/contracts';
import { Clock } from '@skillproof/platform';
import { JobsConfig } from '../config/jobs.config';
import { WebhookDeliveryRepository, type ClaimedDelivery } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';

/**
 * Tracks whether an endpoint keeps failing. One success ends a failing streak; a streak longer
 * than the threshold disables the endpoint, ends its pending deliveries and tells the company
 * through `evt.jobs.webhook.disabled` (and the reason shown on the endpoint).
 */
@Injectable()
export class EndpointHealthService {
  private readonly logger = new Logger(EndpointHealthService.name);

  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly outbox: Outbox,
    @Inject(JobsConfig) private readonly config: JobsConfig,
    private readonly clock: Clock,
  ) {}

  succeeded(manager: EntityManager, endpointId: string): Promise<void> {
    return this.endpoints.markSucceeded(endpointId, manager);
  }

  async failed(manager: EntityManager, delivery: ClaimedDelivery, at: Date): Promise<void> {
    const failingSince = await this.endpoints.markFailing(delivery.endpointId, at, manager);
    if (!failingSince || at.getTime() - failingSince.getTime() < this.config.WEBHOOK_DISABLE_AFTER_MS) return;
    const reason = `Every delivery failed from ${failingSince.toISOString()} to ${at.toISOString()}`;
    const disabledAt = this.clock.now();
    if (!(await this.endpoints.disable(delivery.endpointId, reason, disabledAt, manager))) return;
    await this.deliveries.failPendingOfEndpoint(delivery.endpointId, disabledAt, manager);
    await this.outbox.add(manager, JobsEvents.webhookDisabled, {
      subject: delivery.endpointId,
      data: {
        webhookId: delivery.endpointId,
        companyId: delivery.companyId,
        url: delivery.url,
        reason,
        disabledAt: disabledAt.toISOString(),
      },
    });
    this.logger.warn(`Webhook endpoint ${delivery.endpointId} disabled: ${reason}`);
  }
}
