import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import { ProfilesEvents, type Role, type UserRoleChangeRequest, type UserView } from '@skillproof/contracts';
import { Clock, DomainError } from '@skillproof/platform';
import type { UserEntity } from '../entities/user.entity';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import { CandidateProfileRepository } from '../repositories/candidate-profile.repository';
import { UserRepository } from '../repositories/user.repository';
import { assertAdmin } from './company-member.policy';
import { HandleGenerator } from './handle-generator.service';
import { toUserView } from './profile.views';
import { SessionService } from './session.service';

/**
 * Moves users between roles and companies. What a role brings goes with it: a company member has a
 * company (and the API keys they made act for it), a candidate has a profile. Every move ends the
 * user's sessions, since their tokens name the old role.
 */
@Injectable()
export class UserRoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly keys: ApiKeyRepository,
    private readonly handles: HandleGenerator,
    private readonly sessions: SessionService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async change(request: UserRoleChangeRequest): Promise<UserView> {
    assertAdmin(request.principal);
    if (request.userId === request.principal.userId) {
      throw DomainError.conflict('user.own_role', 'An admin cannot change their own role; ask another admin');
    }
    const companyId = request.role === 'company' ? request.companyId! : null;
    const user = await this.dataSource.transaction(async (manager) => {
      const found = await this.users.findByIdForUpdate(request.userId, manager);
      if (!found) throw DomainError.notFound('user', request.userId);
      if (found.role === request.role && found.companyId === companyId) return found;
      await this.move(found, request.role, companyId, manager);
      return this.users.findById(found.id, manager);
    });
    return toUserView(user!);
  }

  /**
   * Gives the user a role (and, for a company member, a company). Leaving a company revokes the
   * keys the user made for it and is refused for its last member; leaving the candidate role
   * makes the profile private, becoming a candidate gives one.
   */
  async move(user: UserEntity, role: Role, companyId: string | null, manager: EntityManager): Promise<void> {
    for (const id of [user.companyId, companyId].filter((id): id is string => id !== null).sort()) {
      if (!(await this.users.lockCompany(id, manager))) {
        throw DomainError.ruleBroken('user.unknown_company', `There is no company ${id}`);
      }
    }
    if (user.companyId && user.companyId !== companyId) {
      if ((await this.users.countCompanyMembers(user.companyId, manager)) <= 1) {
        throw DomainError.conflict('company.last_member', 'A company keeps at least one member');
      }
      const revoked = await this.keys.revokeCreatedBy(user.id, user.companyId, this.clock.now(), manager);
      await this.sessions.announceRevokedKeys(revoked, manager);
    }
    if (user.role === 'candidate' && role !== 'candidate') await this.profiles.hide(user.id, manager);
    if (role === 'candidate' && !(await this.profiles.findByUser(user.id, manager))) {
      await this.profiles.insert({ userId: user.id, handle: await this.handles.forName(user.name, manager) }, manager);
    }
    await this.users.setRole(user.id, role, companyId, manager);
    await this.sessions.endSessions(user.id, manager);
    await this.outbox.add(manager, ProfilesEvents.accountChanged, { subject: user.id, data: { userId: user.id } });
  }
}
