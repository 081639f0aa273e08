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

  findOfCompany(
    id: string,
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApiKeyEntity | null> {
    return manager.findOneBy(ApiKeyEntity, { id, companyId });
  }

  /** Marks the key revoked (once: a second revoke keeps the first time). */
  async revoke(key: ApiKeyEntity, manager: EntityManager = this.dataSource.manager): Promise<ApiKeyEntity> {
    if (key.revokedAt) return key;
    await manager.update(ApiKeyEntity, { id: key.id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return manager.findOneByOrFail(ApiKeyEntity, { id: key.id });
  }
}
