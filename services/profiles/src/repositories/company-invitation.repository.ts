import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CompanyInvitationEntity } from '../entities/company-invitation.entity';

export type NewCompanyInvitation = Pick<
  CompanyInvitationEntity,
  'companyId' | 'createdBy' | 'codeHash' | 'createdAt' | 'expiresAt'
>;

@Injectable()
export class CompanyInvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    invitation: NewCompanyInvitation,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CompanyInvitationEntity> {
    return manager.save(
      CompanyInvitationEntity,
      manager.create(CompanyInvitationEntity, { ...invitation, usedAt: null, usedBy: null }),
    );
  }

  findByHashForUpdate(codeHash: string, manager: EntityManager): Promise<CompanyInvitationEntity | null> {
    return manager
      .getRepository(CompanyInvitationEntity)
      .findOne({ where: { codeHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(id: string, usedBy: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(CompanyInvitationEntity, { id }, { usedAt: at, usedBy });
  }
}
