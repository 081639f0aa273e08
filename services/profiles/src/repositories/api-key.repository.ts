import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiKeyEntity } from '../entities/api-key.entity';

export type NewApiKey = Pick<ApiKeyEntity, 'companyId' | 'createdBy' | 'name' | 'prefix' | 'keyHash'>;

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(key: NewApiKey, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity> {
    return manager.save(ApiKeyEntity, manager.create(ApiKeyEntity, { ...key, revokedAt: null }));
  }

  findActiveByHash(keyHash: string, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity | null> {
    return manager.findOneBy(ApiKeyEntity, { keyHash, revokedAt: IsNull() });
  }

  listByCompany(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity[]> {
    return manager.find(ApiKeyEntity, { where: { companyId }, order: { createdAt: 'DESC' } });
  }

  findOfCompanyForUpdate(id: string, companyId: string, manager: EntityManager): Promise<ApiKeyEntity | null> {
    return manager
      .getRepository(ApiKeyEntity)
      .findOne({ where: { id, companyId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Marks the key revoked (once: a second revoke keeps the first time). */
  async revoke(key: ApiKeyEntity, at: Date, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity> {
    if (key.revokedAt) return key;
    await manager.update(ApiKeyEntity, { id: key.id, revokedAt: IsNull() }, { revokedAt: at });
    return manager.findOneByOrFail(ApiKeyEntity, { id: key.id });
  }

  /** Revokes the keys one member created for the company; returns them as now revoked. */
  async revokeCreatedBy(
    userId: string,
    companyId: string,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApiKeyEntity[]> {
    const active = await manager.findBy(ApiKeyEntity, { createdBy: userId, companyId, revokedAt: IsNull() });
    if (active.length === 0) return [];
    await manager.update(
      ApiKeyEntity,
      active.map((key) => key.id),
      { revokedAt: at },
    );
    return active.map((key) => ({ ...key, revokedAt: at }));
  }
}
