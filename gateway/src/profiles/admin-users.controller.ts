import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@skillproof/contracts';
import { CurrentPrincipal, Traceparent } from '../auth/current-principal.decorator';
import { SignedInAs } from '../auth/roles.decorator';
import { ProblemResponses } from '../problems/problem-responses.decorator';
import { UserDto } from './account.dto';
import { UserIdParams, UserRoleDto } from './company.dto';
import { ProfilesClient } from './profiles.client';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly profiles: ProfilesClient) {}

  @Patch(':id')
  @ApiOperation({
    summary: "Change a user's role",
    description:
      "The user's sessions end at once. Leaving a company revokes the API keys they created (a company keeps one member); a candidate's profile turns private when they take another role.",
  })
  @SignedInAs('admin')
  @ApiOkResponse({ type: UserDto, description: 'The user with their new role' })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParams,
    @Body() input: UserRoleDto,
    @Traceparent() traceparent?: string,
  ): Promise<UserDto> {
    return this.profiles.changeRole(principal, params.id, input, traceparent);
  }
}
