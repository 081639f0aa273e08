import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiKeyEntity } from '../entities/api-key.entity';

@Injectable()
export class ApiKeyRepository {
  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  insert(key: Pick<ApiKeyEntity, 'companyId' | 'createdBy' | 'name' | 'prefix' | 'keyHash'>): Promise<ApiKeyEntity> {
    return this.keys.save(this.keys.create({ ...key, revokedAt: null }));
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  listByCompany(companyId: string): Promise<ApiKeyEntity[]> {
    return this.keys.find({ where: { companyId }, order: { createdAt: 'DESC' } });
  }

  findOfCompany(id: string, companyId: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOneBy({ id, companyId });
  }

  /** Marks the key revoked (once: a second revoke keeps the first time). */
  async revoke(key: ApiKeyEntity): Promise<ApiKeyEntity> {
    if (key.revokedAt) return key;
    await this.keys.update({ id: key.id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return this.keys.findOneByOrFail({ id: key.id });
  }
}
