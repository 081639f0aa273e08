import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
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
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.profiles.me(principal);
  }

  @Query(() => PublicProfileDto, { description: 'A public profile with its verified skills' })
  profile(@Args() params: HandleParams): Promise<PublicProfileDto> {
    return this.profiles.publicProfile(params.handle);
  }

  @Mutation(() => AuthSessionDto, { description: 'Creates an account and signs it in' })
  register(@Args('input') input: RegisterDto): Promise<AuthSessionDto> {
    return this.profiles.register(input);
  }

  @Mutation(() => AuthSessionDto, { description: 'Signs in with email and password' })
  login(@Args('input') input: LoginDto, @Context('req') request: AuthenticatedRequest): Promise<AuthSessionDto> {
    return this.profiles.login(input, request.ip);
  }
}
