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

/** Raised when sign-in is locked for a while; REST turns it into a Retry-After header. */
export class LoginThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'auth.too_many_attempts', `Too many failed sign-ins; try again in ${retryAfterSeconds} s`);
  }
}

/** The profiles service's account and profile operations that REST and GraphQL both serve. */
@Injectable()
export class ProfilesClient {
  constructor(
    private readonly services: RequestClient,
    private readonly apiKeys: ApiKeyResolver,
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

  changeRole(principal: Principal, userId: string, input: UserRoleDto, traceparent?: string): Promise<UserView> {
    return this.services.request(SessionRequests.changeRole, { ...input, userId, principal }, { traceparent });
  }

  companyMembers(principal: Principal, traceparent?: string): Promise<CompanyMemberView[]> {
    return this.services.request(CompanyRequests.listMembers, { principal }, { traceparent });
  }

  async removeCompanyMember(principal: Principal, userId: string, traceparent?: string): Promise<void> {
    await this.services.request(CompanyRequests.removeMember, { principal, userId }, { traceparent });
  }

  inviteToCompany(principal: Principal, traceparent?: string): Promise<CreatedCompanyInvitation> {
    return this.services.request(CompanyRequests.createInvitation, { principal }, { traceparent });
  }

  me(principal: Principal, traceparent?: string): Promise<MeView> {
    return this.services.request(ProfilesRequests.getMe, { principal }, { traceparent });
  }

  updateProfile(principal: Principal, changes: ProfileUpdateDto, traceparent?: string): Promise<OwnProfileView> {
    return this.services.request(ProfilesRequests.updateProfile, { ...changes, principal }, { traceparent });
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
