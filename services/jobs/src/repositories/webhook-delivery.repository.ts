import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { WebhookEventType } from '@skillproof/contracts';
import { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';

export interface NewDelivery {
  endpointId: string;
  eventType: WebhookEventType;
  body: string;
  retryUntil: Date;
}

/** A delivery claimed by a worker, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  companyId: string;
  url: string;
  secret: string;
  body: string;
  attemptCount: number;
  retryUntil: Date;
}

export interface DeliveryPageKey {
  createdAt: string;
  id: string;
}

@Injectable()
export class WebhookDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** New deliveries, due at once (`now`, the service's clock). */
  async insertMany(
    deliveries: NewDelivery[],
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (deliveries.length === 0) return;
    const repository = manager.getRepository(WebhookDeliveryEntity);
    await repository.insert(
      deliveries.map((delivery) => ({
        ...delivery,
        status: 'pending' as const,
        attemptCount: 0,
        nextAttemptAt: now,
        createdAt: now,
        completedAt: null,
      })),
    );
  }

  /**
   * Takes due deliveries of live endpoints for this worker. Claiming moves `next_attempt_at` a lease
   * ahead and commits at once, so no transaction stays open during the HTTP call; if the process
   * dies mid-attempt the lease runs out and another worker (or this one, restarted) tries again.
   */
  async claimDue(limit: number, leaseMs: number, now: Date): Promise<ClaimedDelivery[]> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT d.id FROM webhook_deliveries d
           JOIN webhook_endpoints e ON e.id = d.endpoint_id
          WHERE d.status = 'pending' AND d.next_attempt_at <= $3 AND e.disabled_at IS NULL
          ORDER BY d.next_attempt_at
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_deliveries d
          SET next_attempt_at = $3::timestamptz + ($2 || ' milliseconds')::interval
         FROM due, webhook_endpoints e
        WHERE d.id = due.id AND e.id = d.endpoint_id
       RETURNING d.id, d.endpoint_id AS "endpointId", e.company_id AS "companyId", e.url, e.secret, d.body,
                 d.attempt_count AS "attemptCount", d.retry_until AS "retryUntil"`,
      [limit, String(leaseMs), now],
    );
    return rows;
  }

  async recordAttempt(
    attempt: Omit<WebhookAttemptEntity, 'id'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(WebhookAttemptEntity).insert(attempt);
  }

  /** Sets the outcome of an attempt: succeeded, scheduled again (nextAttemptAt), or given up. */
  async settle(
    id: string,
    outcome: { status: 'succeeded' | 'failed' | 'pending'; nextAttemptAt: Date | null; at: Date },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries
          SET status = $2, attempt_count = attempt_count + 1, next_attempt_at = $3,
              completed_at = CASE WHEN $2 = 'pending' THEN NULL ELSE $4::timestamptz END
        WHERE id = $1`,
      [id, outcome.status, outcome.nextAttemptAt, outcome.at],
    );
  }

  /** Ends every pending delivery of an endpoint that was just disabled. */
  async failPendingOfEndpoint(
    endpointId: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, completed_at = $2
        WHERE endpoint_id = $1 AND status = 'pending'`,
      [endpointId, at],
    );
  }

  /** Deletes deliveries finished before `cutoff`, with their attempts; returns how many went. */
  async pruneFinishedBefore(cutoff: Date): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM webhook_deliveries WHERE completed_at IS NOT NULL AND completed_at < $1`,
      [cutoff],
    );
    return deleted;
  }

  findById(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id });
  }

  /** Queues a delivery again at `now`, whatever its outcome, with a fresh retry window; keeps its id and attempts. */
  async requeue(id: string, now: Date, retryUntil: Date): Promise<void> {
    await this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .update({ id }, { status: 'pending', nextAttemptAt: now, completedAt: null, retryUntil });
  }

  listByEndpoint(endpointId: string, limit: number, after?: DeliveryPageKey): Promise<WebhookDeliveryEntity[]> {
    const query = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('delivery')
      .where('delivery.endpointId = :endpointId', { endpointId })
      .orderBy('delivery.createdAt', 'DESC')
      .addOrderBy('delivery.id', 'DESC')
      .take(limit);
    if (after) query.andWhere('(delivery.createdAt, delivery.id) < (:createdAt, :id)', after);
    return query.getMany();
  }

  attemptsOf(deliveryIds: string[]): Promise<WebhookAttemptEntity[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(WebhookAttemptEntity)
      .find({ where: { deliveryId: In(deliveryIds) }, order: { attemptedAt: 'ASC' } });
  }
}
