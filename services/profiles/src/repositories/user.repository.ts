import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CompanyEntity } from '../entities/company.entity';
import { UserEntity } from '../entities/user.entity';
import type { Role } from '@skillproof/contracts';

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  existsWithEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(UserEntity, { email });
  }

  /** Inserts the user, or returns null when the email is already taken. */
  async insert(
    user: Omit<UserEntity, 'createdAt' | 'sessionVersion'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ ...user, sessionVersion: 0 })
      .orIgnore()
      .returning('id')
      .execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  }

  /** Inserts the company unless one with its id exists. */
  async insertCompany(
    company: Omit<CompanyEntity, 'createdAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(CompanyEntity).values(company).orIgnore().execute();
  }

  findCompany(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyEntity | null> {
    return manager.findOneBy(CompanyEntity, { id });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Locks the company's row, so that membership changes of one company happen one at a time and
   * two removals together cannot leave it without members.
   */
  async lockCompany(id: string, manager: EntityManager): Promise<CompanyEntity | null> {
    return manager.getRepository(CompanyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  listCompanyMembers(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity[]> {
    return manager.find(UserEntity, { where: { companyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countCompanyMembers(companyId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(UserEntity, { companyId });
  }

  async setRole(id: string, role: Role, companyId: string | null, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { role, companyId });
  }

  /** Raises the user's session version by one and returns it: every session signed before it ends. */
  async raiseSessionVersion(id: string, manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id })
      .returning('session_version')
      .execute();
    return (result.raw as Array<{ session_version: number }>)[0].session_version;
  }
}
