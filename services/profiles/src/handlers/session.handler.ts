import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SessionRequests, SignOutEverywhereRequest, UserRoleChangeRequest, type UserView } from '@skillproof/contracts';
import { SessionService } from '../services/session.service';
import { UserRoleService } from '../services/user-role.service';

@Controller()
export class SessionHandler {
  constructor(
    private readonly sessions: SessionService,
    private readonly roles: UserRoleService,
  ) {}

  @MessagePattern(SessionRequests.signOutEverywhere.subject)
  signOutEverywhere(@Payload() request: SignOutEverywhereRequest): Promise<{ signedOut: true }> {
    return this.sessions.signOutEverywhere(request.principal);
  }

  @MessagePattern(SessionRequests.changeRole.subject)
  changeRole(@Payload() request: UserRoleChangeRequest): Promise<UserView> {
    return this.roles.change(request);
  }
}
