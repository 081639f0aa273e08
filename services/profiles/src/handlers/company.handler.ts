import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CompanyInvitationCreateRequest,
  CompanyMemberRemoveRequest,
  CompanyMembersListRequest,
  CompanyRequests,
  type CompanyMemberView,
  type CreatedCompanyInvitation,
} from '@skillproof/contracts';
import { CompanyMembershipService } from '../services/company-membership.service';

@Controller()
export class CompanyHandler {
  constructor(private readonly membership: CompanyMembershipService) {}

  @MessagePattern(CompanyRequests.listMembers.subject)
  members(@Payload() request: CompanyMembersListRequest): Promise<CompanyMemberView[]> {
    return this.membership.listMembers(request.principal);
  }

  @MessagePattern(CompanyRequests.removeMember.subject)
  remove(@Payload() request: CompanyMemberRemoveRequest): Promise<{ removed: true }> {
    return this.membership.removeMember(request);
  }

  @MessagePattern(CompanyRequests.createInvitation.subject)
  invite(@Payload() request: CompanyInvitationCreateRequest): Promise<CreatedCompanyInvitation> {
    return this.membership.createInvitation(request.principal);
  }
}
