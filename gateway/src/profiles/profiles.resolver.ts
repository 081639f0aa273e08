import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import type { AuthenticatedRequest } from '../auth/principal-request';
import { Roles } from '../auth/roles.decorator';
import { AuthSessionDto, LoginDto, RegisterDto } from './account.dto';
import { HandleParams, MeDto, PublicProfileDto } from './profile.dto';
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
}
