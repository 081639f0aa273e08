import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  DeliveryView,
  Page,
  OnBehalfOfRequest,
  WebhookCreateRequest,
  WebhookCreatedView,
  WebhookDeliveriesRequest,
  WebhookRefRequest,
  WebhookRetryRequest,
  WebhookView,
} from '@skillproof/contracts';
import { KeysetPaging } from '@skillproof/persistence';
import { Clock, DomainError } from '@skillproof/platform';
import { JobsConfig } from '../config/jobs.config';
import type { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import type { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import { WebhookDeliveryRepository } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';
import { DeliveryWorker } from './delivery-worker.service';
import { companyOf, requireOwner } from './ownership.util';
import { checkWebhookTarget, urlShapeProblem } from './webhook-target.util';
import { newWebhookSecret } from './webhook-signature.util';

/** An endpoint's deliveries, newest first. */
const DELIVERIES_PAGING = new KeysetPaging({ createdAt: 'timestamp', id: 'uuid' });

const HOUR_MS = 60 * 60_000;

const sameEvents = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

@Injectable()
export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly worker: DeliveryWorker,
    @Inject(JobsConfig) private readonly config: JobsConfig,
    private readonly clock: Clock,
  ) {}

  async register(request: WebhookCreateRequest): Promise<WebhookCreatedView> {
    const companyId = companyOf(request.principal);
    const shape = urlShapeProblem(request.url);
    if (shape) {
      throw DomainError.invalid('validation_failed', `The request is invalid: ${shape}`, [
        { field: 'url', message: shape },
      ]);
    }
    const verdict = await checkWebhookTarget(request.url, this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    if (!verdict.allowed) {
      throw DomainError.ruleBroken('webhook.target_refused', `This URL cannot receive webhooks: ${verdict.reason}`);
    }
    const endpoint = await this.dataSource.transaction(async (manager) => {
      await this.endpoints.lockCompany(companyId, manager);
      const existing = await this.endpoints.listByCompany(companyId, manager);
      if (existing.some((other) => other.url === request.url && sameEvents(other.events, request.events))) {
        throw DomainError.conflict('webhook.duplicate', 'An endpoint with this URL and these events exists already');
      }
      const cap = this.config.WEBHOOK_MAX_ENDPOINTS_PER_COMPANY;
      if (existing.length >= cap) {
        throw DomainError.conflict('webhook.limit_reached', `A company may have ${cap} endpoints; delete one first`);
      }
      return this.endpoints.insert(
        {
          companyId,
          url: request.url,
          events: [...request.events],
          secret: newWebhookSecret(),
          createdAt: this.clock.now(),
        },
        manager,
      );
    });
    return { ...toWebhookView(endpoint), secret: endpoint.secret };
  }

  async list(request: OnBehalfOfRequest): Promise<WebhookView[]> {
    return (await this.endpoints.listByCompany(companyOf(request.principal))).map(toWebhookView);
  }

  async remove(request: WebhookRefRequest): Promise<{ deleted: true }> {
    const endpoint = await this.ownedEndpoint(request.principal, request.id);
    await this.endpoints.delete(endpoint.id);
    return { deleted: true };
  }

  async listDeliveries(request: WebhookDeliveriesRequest): Promise<Page<DeliveryView>> {
    const endpoint = await this.ownedEndpoint(request.principal, request.id);
    const window = DELIVERIES_PAGING.window(request);
    const deliveries = await this.deliveries.listByEndpoint(endpoint.id, window.fetch, window.after);
    const shown = deliveries.slice(0, window.limit);
    const attempts = await this.deliveries.attemptsOf(shown.map((delivery) => delivery.id));
    return DELIVERIES_PAGING.page(
      deliveries,
      window,
      (last) => ({ createdAt: last.createdAt.toISOString(), id: last.id }),
      (delivery) =>
        toDeliveryView(
          delivery,
          attempts.filter((attempt) => attempt.deliveryId === delivery.id),
        ),
    );
  }

  /** Replays a delivery (failed, succeeded or still waiting) now, with the same id and body. */
  async retry(request: WebhookRetryRequest): Promise<DeliveryView> {
    const endpoint = await this.ownedEndpoint(request.principal, request.id);
    if (endpoint.disabledAt) {
      throw DomainError.conflict('webhook.disabled', 'This endpoint is disabled; enable it to receive events again');
    }
    const delivery = await this.deliveries.findById(request.deliveryId);
    if (!delivery || delivery.endpointId !== endpoint.id) throw DomainError.notFound('delivery', request.deliveryId);
    const now = this.clock.now();
    const limit = this.config.WEBHOOK_REPLAYS_PER_HOUR;
    if ((await this.endpoints.countReplay(endpoint.id, now, HOUR_MS)) > limit) {
      throw DomainError.rateLimited(
        'webhook.replays_exhausted',
        `An endpoint's deliveries may be replayed ${limit} times an hour; try again later`,
      );
    }
    await this.deliveries.requeue(delivery.id, now, new Date(now.getTime() + this.config.WEBHOOK_RETRY_WINDOW_MS));
    this.worker.wake();
    const requeued = (await this.deliveries.findById(delivery.id))!;
    return toDeliveryView(requeued, await this.deliveries.attemptsOf([delivery.id]));
  }

  /** Lets an endpoint disabled for failing receive events again; its past deliveries stay as they ended. */
  async enable(request: WebhookRefRequest): Promise<WebhookView> {
    const endpoint = await this.ownedEndpoint(request.principal, request.id);
    if (endpoint.disabledAt) await this.endpoints.enable(endpoint.id);
    return toWebhookView((await this.endpoints.findById(endpoint.id))!);
  }

  private async ownedEndpoint(principal: WebhookRefRequest['principal'], id: string): Promise<WebhookEndpointEntity> {
    const companyId = companyOf(principal);
    const endpoint = await this.endpoints.findById(id);
    if (!endpoint) throw DomainError.notFound('webhook', id);
    requireOwner('webhook', endpoint.companyId, companyId);
    return endpoint;
  }
}

function toWebhookView(endpoint: WebhookEndpointEntity): WebhookView {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    createdAt: endpoint.createdAt.toISOString(),
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    disabledReason: endpoint.disabledReason,
  };
}

function toDeliveryView(delivery: WebhookDeliveryEntity, attempts: WebhookAttemptEntity[]): DeliveryView {
  return {
    id: delivery.id,
    eventType: delivery.eventType,
    status: delivery.status,
    attemptCount: delivery.attemptCount,
    nextAttemptAt: delivery.status === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
    createdAt: delivery.createdAt.toISOString(),
    completedAt: delivery.completedAt?.toISOString() ?? null,
    attempts: attempts.map((attempt) => ({
      attemptedAt: attempt.attemptedAt.toISOString(),
      statusCode: attempt.statusCode,
      latencyMs: attempt.latencyMs,
      succeeded: attempt.succeeded,
      responseExcerpt: attempt.responseExcerpt,
      error: attempt.error,
    })),
  };
}
