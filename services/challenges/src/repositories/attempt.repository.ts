import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';

@Injectable()
export class AttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  create(attempt: Omit<AttemptEntity, 'id'>): Promise<AttemptEntity> {
    return this.dataSource.manager.save(AttemptEntity, this.dataSource.manager.create(AttemptEntity, attempt));
  }

  /** Locks the attempt so that two submissions racing for it are decided one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<AttemptEntity | null> {
    return manager.findOne(AttemptEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
