import { IsUUID } from 'class-validator';
import { defineRequest } from './definitions';
import { OnBehalfOfRequest } from './principal';

export class CompanyMembersListRequest extends OnBehalfOfRequest {}

export class CompanyMemberRemoveRequest extends OnBehalfOfRequest {
  @IsUUID()
  userId: string;
}

export class CompanyInvitationCreateRequest extends OnBehalfOfRequest {}

export interface CompanyMemberView {
  userId: string;
  name: string;
  email: string;
  createdAt: string;
}

export interface CompanyInvitationView {
  id: string;
  companyId: string;
  createdAt: string;
  expiresAt: string;
}

export interface CreatedCompanyInvitation extends CompanyInvitationView {
  /** The one-time code, shown once; registering with it joins the company. Only its hash is stored. */
  code: string;
}

export const CompanyRequests = {
  listMembers: defineRequest<CompanyMembersListRequest, CompanyMemberView[]>('profiles.company.members.list'),
  /** Removes a member (never the last): their sessions end and the API keys they created are revoked. */
  removeMember: defineRequest<CompanyMemberRemoveRequest, { removed: true }>('profiles.company.members.remove'),
  createInvitation: defineRequest<CompanyInvitationCreateRequest, CreatedCompanyInvitation>(
    'profiles.company.invitations.create',
  ),
} as const;
