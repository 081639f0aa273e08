import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CandidateSkillsRequest,
  CompanyGetRequest,
  MeGetRequest,
  ProfileGetRequest,
  ProfilesRequests,
  ProfileUpdateRequest,
  type CompanyView,
  type MeView,
  type OwnProfileView,
  type PublicProfileView,
  type VerifiedSkillView,
} from '@skillproof/contracts';
import { ProfileService } from '../services/profile.service';
import { VerifiedSkillService } from '../services/verified-skill.service';

@Controller()
export class ProfileHandler {
  constructor(
    private readonly profiles: ProfileService,
    private readonly verifiedSkills: VerifiedSkillService,
  ) {}

  @MessagePattern(ProfilesRequests.getMe.subject)
  me(@Payload() request: MeGetRequest): Promise<MeView> {
    return this.profiles.me(request.principal);
  }

  @MessagePattern(ProfilesRequests.updateProfile.subject)
  update(@Payload() request: ProfileUpdateRequest): Promise<OwnProfileView> {
    return this.profiles.update(request);
  }

  @MessagePattern(ProfilesRequests.getProfile.subject)
  get(@Payload() request: ProfileGetRequest): Promise<PublicProfileView> {
    return this.profiles.publicProfile(request.handle);
  }

  @MessagePattern(ProfilesRequests.getCompany.subject)
  company(@Payload() request: CompanyGetRequest): Promise<CompanyView> {
    return this.profiles.company(request.companyId);
  }

  @MessagePattern(ProfilesRequests.getCandidateSkills.subject)
  candidateSkills(@Payload() request: CandidateSkillsRequest): Promise<VerifiedSkillView[]> {
    return this.verifiedSkills.listFor(request.candidateId);
  }
}
