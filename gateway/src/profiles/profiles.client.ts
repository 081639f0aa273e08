import { Injectable } from '@nestjs/common';
import {
  CompanyRequests,
  ProfilesRequests,
  SessionRequests,
  type CompanyMemberView,
  type CreatedCompanyInvitation,
  type UserView,
  type AuthSession,
  type MeView,
  type OwnProfileView,
  type Principal,
  type PublicProfileView,
} from '@skillproof/contracts';
import { DomainError, RequestClient } from '@skillproof/platform';
import { ApiKeyResolver } from '../auth/api-key-resolver';
import type { LoginDto, RefreshDto, RegisterDto } from './account.dto';
import type { ApiKeyCreateDto, ApiKeyDto, CreatedApiKeyDto } from './api-key.dto';
import type { UserRoleDto } from './company.dto';
import type { ProfileUpdateDto } from './profile.dto';
import { OwnAccountCache } from './own-account.cache';

/** Raised when sign-in is locked for a while; REST turns it into a Retry-After header. */
export class LoginThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'auth.too_many_attempts', `Too many failed sign-ins; try again in ${retryAfterSeconds} s`);
  }
}

/**
 * The profiles service's account and profile operations that REST and GraphQL both serve. A write
 * that changes what `me` shows forgets the user's cached view whatever its answer (a timeout may
 * hide a committed change), so the next read through this gateway shows it.
 */
@Injectable()
export class ProfilesClient {
  constructor(
    private readonly services: RequestClient,
    private readonly apiKeys: ApiKeyResolver,
    private readonly accounts: OwnAccountCache,
  ) {}

  register(input: RegisterDto, traceparent?: string): Promise<AuthSession> {
    return this.services.request(ProfilesRequests.register, input, { traceparent });
  }

  async login(input: LoginDto, address: string, traceparent?: string): Promise<AuthSession> {
    const reply = await this.services.request(ProfilesRequests.login, { ...input, address }, { traceparent });
    if ('retryAfterSeconds' in reply) throw new LoginThrottledError(reply.retryAfterSeconds);
    return reply.session;
  }

  refresh(input: RefreshDto, traceparent?: string): Promise<AuthSession> {
    return this.services.request(ProfilesRequests.refresh, input, { traceparent });
  }

  async signOut(input: RefreshDto, traceparent?: string): Promise<void> {
    await this.services.request(ProfilesRequests.signOut, input, { traceparent });
  }

  async signOutEverywhere(principal: Principal, traceparent?: string): Promise<void> {
    await this.services.request(SessionRequests.signOutEverywhere, { principal }, { traceparent });
  }

  async changeRole(principal: Principal, userId: string, input: UserRoleDto, traceparent?: string): Promise<UserView> {
    try {
      return await this.services.request(SessionRequests.changeRole, { ...input, userId, principal }, { traceparent });
    } finally {
      this.accounts.forget(userId);
    }
  }

  companyMembers(principal: Principal, traceparent?: string): Promise<CompanyMemberView[]> {
    return this.services.request(CompanyRequests.listMembers, { principal }, { traceparent });
  }

  async removeCompanyMember(principal: Principal, userId: string, traceparent?: string): Promise<void> {
    try {
      await this.services.request(CompanyRequests.removeMember, { principal, userId }, { traceparent });
    } finally {
      this.accounts.forget(userId);
    }
  }

  inviteToCompany(principal: Principal, traceparent?: string): Promise<CreatedCompanyInvitation> {
    return this.services.request(CompanyRequests.createInvitation, { principal }, { traceparent });
  }

  /**
   * A signed-in user's view comes from OwnAccountCache. An API key's principal names the member who
   * made the key, and profiles refuses it here: it always asks, so it never gets that member's view.
   */
  me(principal: Principal, traceparent?: string): Promise<MeView> {
    const load = () => this.services.request(ProfilesRequests.getMe, { principal }, { traceparent });
    return principal.via === 'token' ? this.accounts.get(principal.userId, load) : load();
  }

  async updateProfile(principal: Principal, changes: ProfileUpdateDto, traceparent?: string): Promise<OwnProfileView> {
    try {
      return await this.services.request(ProfilesRequests.updateProfile, { ...changes, principal }, { traceparent });
    } finally {
      this.accounts.forget(principal.userId);
    }
  }

  publicProfile(handle: string, traceparent?: string): Promise<PublicProfileView> {
    return this.services.request(ProfilesRequests.getProfile, { handle }, { traceparent });
  }

  createApiKey(principal: Principal, input: ApiKeyCreateDto, traceparent?: string): Promise<CreatedApiKeyDto> {
    return this.services.request(ProfilesRequests.createApiKey, { ...input, principal }, { traceparent });
  }

  listApiKeys(principal: Principal, traceparent?: string): Promise<ApiKeyDto[]> {
    return this.services.request(ProfilesRequests.listApiKeys, { principal }, { traceparent });
  }

  async revokeApiKey(principal: Principal, id: string, traceparent?: string): Promise<ApiKeyDto> {
    const revoked = await this.services.request(ProfilesRequests.revokeApiKey, { principal, id }, { traceparent });
    this.apiKeys.forget(revoked.id);
    return revoked;
  }
}
