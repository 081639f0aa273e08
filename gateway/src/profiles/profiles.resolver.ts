import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import type { AuthenticatedRequest } from '../auth/principal-request';
import { Roles, SignedInAs } from '../auth/roles.decorator';
import { AuthSessionDto, LoginDto, RefreshDto, RegisterDto } from './account.dto';
import { ApiKeyCreateDto, ApiKeyDto, ApiKeyIdParams, CreatedApiKeyDto } from './api-key.dto';
import { HandleParams, MeDto, OwnProfileDto, ProfileUpdateDto, PublicProfileDto } from './profile.dto';
import { ProfilesClient } from './profiles.client';

@Resolver()
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesClient) {}

  @Query(() => MeDto, { description: 'The caller, with their profile or company' })
  @Roles()
  me(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<MeDto> {
    return this.profiles.me(principal, traceparent);
  }

  @Query(() => PublicProfileDto, { description: 'A public profile with its verified skills' })
  profile(@Args() params: HandleParams, @Traceparent() traceparent?: string): Promise<PublicProfileDto> {
    return this.profiles.publicProfile(params.handle, traceparent);
  }

  @Mutation(() => AuthSessionDto, { description: 'Creates an account and signs it in' })
  register(@Args('input') input: RegisterDto, @Traceparent() traceparent?: string): Promise<AuthSessionDto> {
    return this.profiles.register(input, traceparent);
  }

  @Mutation(() => AuthSessionDto, { description: 'Signs in with email and password' })
  login(
    @Args('input') input: LoginDto,
    @Context('req') request: AuthenticatedRequest,
    @Traceparent() traceparent?: string,
  ): Promise<AuthSessionDto> {
    return this.profiles.login(input, request.ip, traceparent);
  }

  @Mutation(() => AuthSessionDto, { description: 'Swaps a refresh token for a new session and refresh token' })
  refreshSession(@Args('input') input: RefreshDto, @Traceparent() traceparent?: string): Promise<AuthSessionDto> {
    return this.profiles.refresh(input, traceparent);
  }

  @Mutation(() => Boolean, { description: 'Signs out: the refresh token and its successors stop working' })
  async signOut(@Args('input') input: RefreshDto, @Traceparent() traceparent?: string): Promise<boolean> {
    await this.profiles.signOut(input, traceparent);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Signs out everywhere: every refresh and access token of the caller stops' })
  @SignedInAs()
  async signOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<boolean> {
    await this.profiles.signOutEverywhere(principal, traceparent);
    return true;
  }

  @Mutation(() => OwnProfileDto, { description: "Changes the caller's candidate profile" })
  @Roles('candidate')
  updateProfile(
    @Args('input') changes: ProfileUpdateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<OwnProfileDto> {
    return this.profiles.updateProfile(principal, changes, traceparent);
  }

  @Query(() => [ApiKeyDto], { description: "The company's keys, newest first, without the keys themselves" })
  @Roles('company')
  apiKeys(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<ApiKeyDto[]> {
    return this.profiles.listApiKeys(principal, traceparent);
  }

  @Mutation(() => CreatedApiKeyDto, { description: 'A new key for integrations, shown this once' })
  @SignedInAs('company')
  createApiKey(
    @Args('input', { nullable: true }) input: ApiKeyCreateDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CreatedApiKeyDto> {
    return this.profiles.createApiKey(principal, input, traceparent);
  }

  @Mutation(() => ApiKeyDto, { description: 'Revokes a key; requests with it are refused from then on' })
  @SignedInAs('company')
  revokeApiKey(
    @Args() params: ApiKeyIdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<ApiKeyDto> {
    return this.profiles.revokeApiKey(principal, params.id, traceparent);
  }
}
