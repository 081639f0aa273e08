import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { CompanyEntity } from '../entities/company.entity';
import { UserEntity } from '../entities/user.entity';

@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Inserts the user, or returns null when the email is already taken. */
  async insert(manager: EntityManager, user: Omit<UserEntity, 'createdAt'>): Promise<UserEntity | null> {
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

  async insertCompany(manager: EntityManager, company: Omit<CompanyEntity, 'createdAt'>): Promise<void> {
    await manager.createQueryBuilder().insert().into(CompanyEntity).values(company).orIgnore().execute();
  }

  findCompany(id: string): Promise<CompanyEntity | null> {
    return this.companies.findOneBy({ id });
  }
}
