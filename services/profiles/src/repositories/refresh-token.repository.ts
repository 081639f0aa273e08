import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';

@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    token: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'sessionVersion' | 'tokenHash' | 'createdAt' | 'expiresAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).insert({ ...token, usedAt: null, revokedAt: null });
  }

  findByHashForUpdate(tokenHash: string, manager: EntityManager): Promise<RefreshTokenEntity | null> {
    return manager
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ id }, { usedAt: at });
  }

  async revokeFamily(familyId: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
