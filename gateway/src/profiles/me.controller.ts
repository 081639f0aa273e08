import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { MeDto, OwnProfileDto, ProfileUpdateDto } from './profile.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('accounts')
@Controller('me')
export class MeController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Get()
  @ApiOperation({ summary: 'Get your account' })
  @Roles()
  @ApiOkResponse({ type: MeDto, description: 'The caller, with their profile or company' })
  @ProblemResponses(401, 403)
  me(@CurrentPrincipal() principal: Principal, @Traceparent() traceparent?: string): Promise<MeDto> {
    return this.profiles.me(principal, traceparent);
  }

  @Patch('profile')
  @ApiOperation({ summary: 'Edit your candidate profile' })
  @Roles('candidate')
  @ApiOkResponse({ type: OwnProfileDto })
  @ProblemResponses(400, 401, 403, 409)
  updateProfile(
    @CurrentPrincipal() principal: Principal,
    @Body() changes: ProfileUpdateDto,
    @Traceparent() traceparent?: string,
  ): Promise<OwnProfileDto> {
    return this.profiles.updateProfile(principal, changes, traceparent);
  }
}
