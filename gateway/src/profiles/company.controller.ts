import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { SignedInAs } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { CompanyMemberDto, CreatedCompanyInvitationDto, UserIdParams } from './company.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('company')
@Controller('company')
export class CompanyController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Get('members')
  @ApiOperation({ summary: "List your company's members" })
  @SignedInAs('company')
  @ApiOkResponse({ type: [CompanyMemberDto], description: 'Members, longest-standing account first' })
  @ProblemResponses(401, 403)
  members(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<CompanyMemberDto[]> {
    return this.profiles.companyMembers(principal, traceparent);
  }

  @Delete('members/:id')
  @ApiOperation({
    summary: 'Remove a member (not the last one)',
    description:
      'The person keeps their sign-in as a candidate account; their sessions end at once and the API keys they created are revoked.',
  })
  @SignedInAs('company')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ProblemResponses(400, 401, 403, 404, 409)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParams,
    @Traceparent() traceparent?: string,
  ): Promise<void> {
    await this.profiles.removeCompanyMember(principal, params.id, traceparent);
  }

  @Post('invitations')
  @ApiOperation({ summary: 'Invite someone: a one-time code that a new company account registers with' })
  @SignedInAs('company')
  @ApiCreatedResponse({ type: CreatedCompanyInvitationDto, description: 'The code, shown this once' })
  @ProblemResponses(401, 403)
  invite(
    @CurrentPrincipal() principal: Principal,
    @Traceparent() traceparent?: string,
  ): Promise<CreatedCompanyInvitationDto> {
    return this.profiles.inviteToCompany(principal, traceparent);
  }
}
