import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CompanyMemberRemoveRequest,
  CompanyMemberView,
  CreatedCompanyInvitation,
  Principal,
} from '@skillproof/contracts';
import { Clock, DomainError } from '@skillproof/platform';
import { ProfilesConfig } from '../config/profiles.config';
import { CompanyInvitationRepository } from '../repositories/company-invitation.repository';
import { UserRepository } from '../repositories/user.repository';
import { memberCompanyOf } from './company-member.policy';
import { toCompanyInvitationView, toCompanyMemberView } from './profile.views';
import { UserRoleService } from './user-role.service';

const CODE_PREFIX = 'inv_';
const MANAGE = 'manage who belongs to the company';

const hashOf = (code: string): string => createHash('sha256').update(code).digest('base64url');

/** Who belongs to a company: invitations in, removals out. */
@Injectable()
export class CompanyMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly invitations: CompanyInvitationRepository,
    private readonly roles: UserRoleService,
    private readonly config: ProfilesConfig,
    private readonly clock: Clock,
  ) {}

  async listMembers(principal: Principal): Promise<CompanyMemberView[]> {
    const companyId = memberCompanyOf(principal, 'company', MANAGE);
    return (await this.users.listCompanyMembers(companyId)).map(toCompanyMemberView);
  }

  /**
   * The member becomes a candidate account: they keep their sign-in, lose the company, its data
   * and every session, and the API keys they made are revoked.
   */
  async removeMember(request: CompanyMemberRemoveRequest): Promise<{ removed: true }> {
    const companyId = memberCompanyOf(request.principal, 'company', MANAGE);
    await this.dataSource.transaction(async (manager) => {
      const member = await this.users.findByIdForUpdate(request.userId, manager);
      if (!member || member.companyId !== companyId) throw DomainError.notFound('company_member', request.userId);
      await this.roles.move(member, 'candidate', null, manager);
    });
    return { removed: true };
  }

  async createInvitation(principal: Principal): Promise<CreatedCompanyInvitation> {
    const companyId = memberCompanyOf(principal, 'company', MANAGE);
    const code = CODE_PREFIX + randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const invitation = await this.invitations.insert({
      companyId,
      createdBy: principal.userId,
      codeHash: hashOf(code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.INVITATION_TTL_SECONDS * 1_000),
    });
    return { ...toCompanyInvitationView(invitation), code };
  }

  /** Spends an invitation for the user about to join; returns the company they join. */
  async redeem(code: string, userId: string, manager: EntityManager): Promise<string> {
    const invitation = await this.invitations.findByHashForUpdate(hashOf(code), manager);
    const now = this.clock.now();
    if (!invitation || invitation.usedAt || invitation.expiresAt <= now) {
      throw DomainError.conflict(
        'company.invitation_unusable',
        'This invitation code is unknown, already used or expired; ask the company for a new one',
      );
    }
    await this.invitations.markUsed(invitation.id, userId, now, manager);
    return invitation.companyId;
  }
}
