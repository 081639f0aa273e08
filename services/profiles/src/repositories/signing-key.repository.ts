import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SigningKeyEntity } from '../entities/signing-key.entity';

@Injectable()
export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  findNewest(manager: EntityManager = this.dataSource.manager): Promise<SigningKeyEntity | null> {
    return manager.findOne(SigningKeyEntity, { where: {}, order: { createdAt: 'DESC' } });
  }

  async insertIfNone(
    kid: string,
    privateKeyPem: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SigningKeyEntity)
      .values({ kid, privateKeyPem })
      .orIgnore()
      .execute();
  }
}
