import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';

@Injectable()
export class AttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(attempt: Omit<AttemptEntity, 'id'>, manager: EntityManager = this.dataSource.manager): Promise<AttemptEntity> {
    return manager.save(AttemptEntity, manager.create(AttemptEntity, attempt));
  }

  /** Locks the attempt so that two submissions racing for it are decided one after the other. */
  findByIdForUpdate(id: string, manager: EntityManager): Promise<AttemptEntity | null> {
    return manager.findOne(AttemptEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
