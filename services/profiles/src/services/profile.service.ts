import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@skillproof/bus';
import {
  ProfilesEvents,
  type CompanyView,
  type MeView,
  type OwnProfileView,
  type Principal,
  type ProfileUpdateRequest,
  type PublicProfileView,
} from '@skillproof/contracts';
import { DomainError } from '@skillproof/platform';
import { CandidateProfileRepository } from '../repositories/candidate-profile.repository';
import { UserRepository } from '../repositories/user.repository';
import { VerifiedSkillRepository } from '../repositories/verified-skill.repository';
import { isReservedHandle } from './handle.rule';
import { toOwnProfileView, toUserView } from './profile.views';

@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly skills: VerifiedSkillRepository,
    private readonly outbox: Outbox,
  ) {}

  async me(principal: Principal): Promise<MeView> {
    if (principal.via === 'api-key') {
      throw DomainError.forbidden('auth.user_required', 'An API key acts for its company, not for a person');
    }
    const account = await this.users.findOwnAccount(principal.userId);
    if (!account) throw DomainError.unauthorized('auth.unknown_user', 'The account behind this token no longer exists');
    const { user, companyName, profile, skills } = account;
    if (user.companyId && companyName === null) throw DomainError.notFound('company', user.companyId);
    if (user.role === 'candidate' && !profile) throw DomainError.notFound('profile', user.id);
    return {
      user: toUserView(user),
      profile: user.role === 'candidate' ? toOwnProfileView(profile!, user.name, skills) : null,
      company: user.companyId ? { id: user.companyId, name: companyName! } : null,
    };
  }

  async update(request: ProfileUpdateRequest): Promise<OwnProfileView> {
    const { principal, name, ...changes } = request;
    if (principal.role !== 'candidate') {
      throw DomainError.forbidden('profile.candidates_only', 'Only candidates have a profile to edit');
    }
    if (changes.handle !== undefined && isReservedHandle(changes.handle)) {
      throw DomainError.ruleBroken('profile.handle_reserved', `The handle "${changes.handle}" is reserved`);
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.profiles.update(principal.userId, changes, manager))) {
        throw DomainError.conflict('profile.handle_taken', `The handle "${changes.handle}" is already taken`);
      }
      if (name !== undefined) await this.profiles.renameUser(principal.userId, name.trim(), manager);
      await this.outbox.add(manager, ProfilesEvents.accountChanged, {
        subject: principal.userId,
        data: { userId: principal.userId },
      });
    });
    const user = await this.users.findById(principal.userId);
    if (!user) throw DomainError.notFound('profile', principal.userId);
    return this.ownProfile(user);
  }

  /** Private and unknown handles answer alike, so a private profile's existence is not revealed. */
  async publicProfile(handle: string): Promise<PublicProfileView> {
    const found = await this.profiles.findPublicWithOwnerByHandle(handle);
    if (!found) throw DomainError.notFound('profile', handle);
    const { visibility: _visibility, ...view } = toOwnProfileView(
      found.profile,
      found.name,
      await this.skills.listPublicByCandidate(found.profile.userId),
    );
    return view;
  }

  async company(companyId: string): Promise<CompanyView> {
    const company = await this.users.findCompany(companyId);
    if (!company) throw DomainError.notFound('company', companyId);
    return { id: company.id, name: company.name };
  }

  /** The profile and its verified skills at once: the reply waits for the slower of two reads, not their sum. */
  private async ownProfile(user: { id: string; name: string }): Promise<OwnProfileView> {
    const [profile, skills] = await Promise.all([
      this.profiles.findByUser(user.id),
      this.skills.listPublicByCandidate(user.id),
    ]);
    if (!profile) throw DomainError.notFound('profile', user.id);
    return toOwnProfileView(profile, user.name, skills);
  }
}
