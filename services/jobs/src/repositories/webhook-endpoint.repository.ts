import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { WebhookEventType } from '@skillproof/contracts';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';

@Injectable()
export class WebhookEndpointRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    endpoint: Pick<WebhookEndpointEntity, 'companyId' | 'url' | 'events' | 'secret' | 'createdAt'>,
  ): Promise<WebhookEndpointEntity> {
    const repository = this.dataSource.getRepository(WebhookEndpointEntity);
    return repository.save(
      repository.create({
        ...endpoint,
        failingSince: null,
        disabledAt: null,
        disabledReason: null,
      }),
    );
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity | null> {
    return manager.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  listByCompany(companyId: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .find({ where: { companyId }, order: { createdAt: 'ASC' } });
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
