import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { SignedInAs } from '../auth/roles.decorator';
import { UserDto } from './account.dto';
import { CompanyMemberDto, CreatedCompanyInvitationDto, UserIdParams, UserRoleDto } from './company.dto';
import { ProfilesClient } from './profiles.client';

/** Who belongs to a company, and roles: the same operations as /v1/company and /v1/admin/users. */
@Resolver()
export class CompanyResolver {
  constructor(private readonly profiles: ProfilesClient) {}

  @Query(() => [CompanyMemberDto], { description: "The company's members, longest-standing account first" })
  @SignedInAs('company')
  companyMembers(
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CompanyMemberDto[]> {
    return this.profiles.companyMembers(principal, traceparent);
  }

  @Mutation(() => Boolean, {
    description: 'Removes a member (not the last); their sessions end and the API keys they created are revoked',
  })
  @SignedInAs('company')
  async removeCompanyMember(
    @Args() params: UserIdParams,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<boolean> {
    await this.profiles.removeCompanyMember(principal, params.id, traceparent);
    return true;
  }

  @Mutation(() => CreatedCompanyInvitationDto, { description: 'A one-time code a new company account joins with' })
  @SignedInAs('company')
  createCompanyInvitation(
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CreatedCompanyInvitationDto> {
    return this.profiles.inviteToCompany(principal, traceparent);
  }

  @Mutation(() => UserDto, { description: "An admin changes a user's role; the user's sessions end" })
  @SignedInAs('admin')
  changeUserRole(
    @Args() params: UserIdParams,
    @Args('input') input: UserRoleDto,
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<UserDto> {
    return this.profiles.changeRole(principal, params.id, input, traceparent);
  }
}
