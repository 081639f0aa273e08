import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { DatabaseNotifications, Sleeper, type NotificationListener } from '@skillproof/bus';
import { Clock } from '@skillproof/platform';
import { JobsConfig } from '../config/jobs.config';
import { WebhookDeliveryRepository, type ClaimedDelivery } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';
import { EndpointHealthService } from './endpoint-health.service';
import { nextAttemptAt } from './retry-schedule.util';
import { DELIVERIES_CHANNEL } from './webhook-fanout.service';
import { WebhookSender, type SendResult } from './webhook-sender.service';

const PRUNE_INTERVAL_MS = 60 * 60_000;

/**
 * Sends due webhook deliveries. Rows are the queue: a delivery is claimed with SKIP LOCKED, so
 * replicas share the work, and since every state lives in Postgres a restart only pauses it. The
 * worker wakes on the commit notification of new deliveries and otherwise polls for retries.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly sleeper = new Sleeper();
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  /** When finished deliveries older than the retention were last pruned, on the service's clock. */
  private prunedAt = 0;
  private loop?: Promise<void>;
  private listener?: NotificationListener;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly sender: WebhookSender,
    private readonly health: EndpointHealthService,
    @Inject(JobsConfig) private readonly config: JobsConfig,
    private readonly clock: Clock,
    private readonly notifications: DatabaseNotifications,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.listener = this.notifications.listen(DELIVERIES_CHANNEL, () => this.sleeper.wake());
    this.loop = this.run();
  }

  /** Stops claiming, then lets the attempts under way finish and record their outcome. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.listener?.close();
  }

  wake(): void {
    this.sleeper.wake();
  }

  private async run(): Promise<void> {
    while (this.running) {
      await this.pruneHourly();
      const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      let claimed: ClaimedDelivery[] = [];
      try {
        if (free > 0) claimed = await this.deliveries.claimDue(free, this.leaseMs(), this.clock.now());
      } catch (error) {
        this.logger.warn(`Claiming deliveries failed (${String(error)})`);
      }
      for (const delivery of claimed) {
        const work = this.attempt(delivery).finally(() => this.inFlight.delete(work));
        this.inFlight.add(work);
      }
      if (this.inFlight.size >= this.config.WEBHOOK_CONCURRENCY) await Promise.race(this.inFlight);
      else if (claimed.length < free || free <= 0) await this.sleeper.sleep(this.config.WEBHOOK_POLL_MS);
    }
  }

  /** Deletes deliveries that finished longer ago than the retention, at most once an hour. */
  private async pruneHourly(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.prunedAt < PRUNE_INTERVAL_MS) return;
    this.prunedAt = now;
    try {
      const pruned = await this.deliveries.pruneFinishedBefore(new Date(now - this.config.WEBHOOK_RETENTION_MS));
      if (pruned > 0) this.logger.log(`Pruned ${pruned} finished webhook deliveries past their retention`);
    } catch (error) {
      this.logger.warn(`Pruning deliveries failed (${String(error)})`);
    }
  }

  /** Long enough for an attempt to end by its own timeout before anyone else may take the delivery. */
  private leaseMs(): number {
    return 2 * this.config.WEBHOOK_TIMEOUT_MS + 10_000;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = this.clock.now();
    const started = performance.now();
    const result = await this.sender.send({
      id: delivery.id,
      url: delivery.url,
      secret: delivery.secret,
      body: delivery.body,
    });
    const latencyMs = Math.round(performance.now() - started);
    try {
      await this.record(delivery, result, attemptedAt, latencyMs);
    } catch (error) {
      // The lease brings the delivery back to be tried again.
      this.logger.warn(`Recording attempt of delivery ${delivery.id} failed (${String(error)})`);
    }
  }

  private record(delivery: ClaimedDelivery, result: SendResult, attemptedAt: Date, latencyMs: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // Deleted meanwhile: its deliveries and their attempts went with it.
      if (!(await this.endpoints.lock(delivery.endpointId, manager))) return;
      await this.deliveries.recordAttempt(
        {
          deliveryId: delivery.id,
          attemptedAt,
          statusCode: result.statusCode,
          latencyMs,
          succeeded: result.succeeded,
          responseExcerpt: result.responseExcerpt,
          error: result.error,
        },
        manager,
      );
      const now = this.clock.now();
      if (result.succeeded) {
        await this.deliveries.settle(delivery.id, { status: 'succeeded', nextAttemptAt: null, at: now }, manager);
        await this.health.succeeded(manager, delivery.endpointId);
        return;
      }
      const next = nextAttemptAt(delivery.attemptCount + 1, now, new Date(delivery.retryUntil), {
        baseMs: this.config.WEBHOOK_RETRY_BASE_MS,
        maxDelayMs: this.config.WEBHOOK_RETRY_MAX_DELAY_MS,
      });
      await this.deliveries.settle(
        delivery.id,
        {
          status: next ? 'pending' : 'failed',
          nextAttemptAt: next,
          at: now,
        },
        manager,
      );
      await this.health.failed(manager, delivery, attemptedAt);
    });
  }
}
