import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { WebhookEventType } from '@skillproof/contracts';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';

@Injectable()
export class WebhookEndpointRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    endpoint: Pick<WebhookEndpointEntity, 'companyId' | 'url' | 'events' | 'secret' | 'createdAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WebhookEndpointEntity> {
    const repository = manager.getRepository(WebhookEndpointEntity);
    return repository.save(
      repository.create({
        ...endpoint,
        failingSince: null,
        disabledAt: null,
        disabledReason: null,
        replayWindowStartedAt: null,
        replaysInWindow: 0,
      }),
    );
  }

  /** Serialises registrations of one company until the transaction ends, so its cap holds under concurrency. */
  async lockCompany(companyId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`webhook-endpoints:${companyId}`]);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity | null> {
    return manager.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  listByCompany(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity[]> {
    return manager.getRepository(WebhookEndpointEntity).find({ where: { companyId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Counts one manual replay at `now` in a single statement; a window older than `windowMs` starts
   * over. Returns the replays in the current window, this one included.
   */
  async countReplay(id: string, now: Date, windowMs: number): Promise<number> {
    const [rows]: [Array<{ replays: number }>, number] = await this.dataSource.query(
      `UPDATE webhook_endpoints SET
         replays_in_window = CASE WHEN replay_window_started_at IS NULL
                                    OR replay_window_started_at <= $2::timestamptz - make_interval(secs => $3::double precision / 1000)
                                  THEN 1 ELSE replays_in_window + 1 END,
         replay_window_started_at = CASE WHEN replay_window_started_at IS NULL
                                    OR replay_window_started_at <= $2::timestamptz - make_interval(secs => $3::double precision / 1000)
                                  THEN $2::timestamptz ELSE replay_window_started_at END
       WHERE id = $1
       RETURNING replays_in_window AS replays`,
      [id, now, windowMs],
    );
    return rows[0]?.replays ?? 0;
  }

  /** Lets a disabled endpoint receive events again, with a clean record. */
  async enable(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .getRepository(WebhookEndpointEntity)
      .update({ id }, { disabledAt: null, disabledReason: null, failingSince: null });
  }

  /** The company's live endpoints that asked for this event type. */
  findSubscribed(
    companyId: string,
    eventType: WebhookEventType,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WebhookEndpointEntity[]> {
    return manager
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('endpoint')
      .where('endpoint.companyId = :companyId', { companyId })
      .andWhere('endpoint.disabledAt IS NULL')
      .andWhere(':eventType = ANY(endpoint.events)', { eventType })
      .getMany();
  }

  /**
   * Locks a live endpoint until the transaction ends; false when it is gone. Whoever changes an
   * endpoint's deliveries locks the endpoint first, as its deletion does, so a delivery recorded
   * while the endpoint is being deleted waits for it instead of deadlocking with its cascade.
   */
  async lock(id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM webhook_endpoints WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(WebhookEndpointEntity).delete({ id });
  }

  async markSucceeded(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(WebhookEndpointEntity).update({ id }, { failingSince: null });
  }

  /** Starts the failing streak at `at` unless one is already running; returns when it started. */
  async markFailing(id: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<Date | undefined> {
    await manager.getRepository(WebhookEndpointEntity).update({ id, failingSince: IsNull() }, { failingSince: at });
    return (await this.findById(id, manager))?.failingSince ?? undefined;
  }

  /** Disables a live endpoint; returns false when it was disabled already. */
  async disable(
    id: string,
    reason: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(WebhookEndpointEntity)
      .update({ id, disabledAt: IsNull() }, { disabledAt: at, disabledReason: reason });
    return (result.affected ?? 0) > 0;
  }
}
