import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CompanyEntity } from '../entities/company.entity';
import { UserEntity } from '../entities/user.entity';

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
    user: Omit<UserEntity, 'createdAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(user)
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
}
